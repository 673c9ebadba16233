import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { computeKpiReport, dayBuckets } from '../../../shared/reports';
import { FROM, OTHER_ZONE, REPS, TEAM_ZONE, TO, reportAttempts, reportLeads } from './week-fixture';
import { stripOf } from './week-domain';

describe("a day's report is that day's strip", () => {
  it.each([TEAM_ZONE, OTHER_ZONE])('for every rep on every local day of the week (%s)', (zone) => {
    const report = computeKpiReport({
      query: { from: FROM, to: TO, period: 'day', breakdown: 'rep' },
      timeZone: zone,
      attempts: reportAttempts(),
      leads: reportLeads(),
      now: 1,
    });
    let compared = 0;
    for (const day of dayBuckets(FROM, TO, zone)) {
      // Late in the day: the strip then holds every dial of it.
      const lateThatDay = DateTime.fromMillis(day.end, { zone }).minus({ minutes: 1 }).toMillis();
      for (const repId of Object.keys(REPS)) {
        const row = report.rows.find((r) => r.period === day.key && r.group === repId);
        expect(row, `${day.key} ${repId}`).toMatchObject(stripOf(repId, zone, lateThatDay));
        compared += row!.dials;
      }
    }
    expect(compared).toBe(10);
  });
});
