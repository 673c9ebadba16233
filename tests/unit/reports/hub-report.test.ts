import { describe, expect, it } from 'vitest';
import { HUB_SCHEMA, migrate } from '../../../electron/hub/db';
import { ReportService } from '../../../electron/hub/reports/report-service';
import { HubStore } from '../../../electron/hub/store/hub-store';
import { computeKpiReport, dayBuckets, type KpiReportQuery } from '../../../shared/reports';
import { ADAPTERS, useHubDatabases } from '../../support/hub-db-fixture';
import { expectRow, expectRows } from './expect-rows';
import { seedWeek, storeInBatches } from './hub-report-db';
import { stripOf } from './week-domain';
import {
  LONDON_BY_WEEK,
  LONDON_TOTALS,
  NEW_YORK_BY_CAMPAIGN,
  NEW_YORK_BY_DAY,
  NEW_YORK_BY_REP,
  NEW_YORK_BY_SOURCE,
  NEW_YORK_BY_WEEK,
  NEW_YORK_TOTALS,
} from './report-hand-figures';
import {
  FROM,
  OTHER_ZONE,
  REPS,
  TEAM_ZONE,
  TO,
  attemptEvents,
  reportAttempts,
  reportLeads,
} from './week-fixture';

const query = (
  period: KpiReportQuery['period'],
  breakdown: KpiReportQuery['breakdown'],
): KpiReportQuery => ({ from: FROM, to: TO, period, breakdown });

describe.each(ADAPTERS)("the hub's KPI report in SQL (%s database)", (kind) => {
  const databases = useHubDatabases(kind);

  const serviceOn = async (timeZone = TEAM_ZONE) => {
    const db = await databases.open();
    await seedWeek(db, attemptEvents());
    return { db, service: new ReportService({ db, timeZone, now: () => 42 }) };
  };

  it('equals the hand figures by every grouping, in New York across its DST change', async () => {
    const { service } = await serviceOn();
    const whole = await service.kpis(query(null, null));
    expectRows(whole.rows, [NEW_YORK_TOTALS]);
    expectRow(whole.totals, NEW_YORK_TOTALS);
    expect(whole).toMatchObject({ timeZone: TEAM_ZONE, generatedAt: 42 });
    expectRows((await service.kpis(query('day', null))).rows, NEW_YORK_BY_DAY);
    expectRows((await service.kpis(query('week', null))).rows, NEW_YORK_BY_WEEK);
    expectRows((await service.kpis(query(null, 'source'))).rows, NEW_YORK_BY_SOURCE);
    expectRows((await service.kpis(query(null, 'campaign'))).rows, NEW_YORK_BY_CAMPAIGN);
    const byRep = await service.kpis(query(null, 'rep'));
    expectRows(byRep.rows, NEW_YORK_BY_REP);
    expectRow(byRep.totals, NEW_YORK_TOTALS);
  });

  it('keeps each zone its own days when hub nodes on one database are set to different zones', async () => {
    const { db, service: newYork } = await serviceOn();
    const london = new ReportService({ db, timeZone: OTHER_ZONE, now: () => 42 });
    for (let round = 0; round < 2; round++) {
      expectRow((await newYork.kpis(query(null, null))).totals, NEW_YORK_TOTALS);
      expectRows((await london.kpis(query('week', null))).rows, LONDON_BY_WEEK);
    }
  });

  it('cuts the same dials at London midnights when the team is there', async () => {
    const { service } = await serviceOn(OTHER_ZONE);
    const byWeek = await service.kpis(query('week', null));
    expectRows(byWeek.rows, LONDON_BY_WEEK);
    expectRow(byWeek.totals, LONDON_TOTALS);
  });

  it("gives each rep's day exactly as that day's strip (computeKpiSnapshot) counted it", async () => {
    const { service } = await serviceOn();
    const report = await service.kpis(query('day', 'rep'));
    for (const day of dayBuckets(FROM, TO, TEAM_ZONE)) {
      for (const repId of Object.keys(REPS)) {
        const row = report.rows.find((r) => r.period === day.key && r.group === repId);
        expect(row, `${day.key} ${repId}`).toMatchObject(stripOf(repId, TEAM_ZONE, day.end - 1));
      }
    }
  });

  it('answers every period × breakdown exactly as the in-memory report does', async () => {
    const { service } = await serviceOn();
    for (const period of [null, 'day', 'week'] as const) {
      for (const breakdown of [null, 'rep', 'source', 'campaign'] as const) {
        const fromSql = await service.kpis(query(period, breakdown));
        const inMemory = computeKpiReport({
          query: query(period, breakdown),
          timeZone: TEAM_ZONE,
          attempts: reportAttempts(),
          leads: reportLeads(),
          now: 42,
        });
        expect(fromSql.rows.length, `${period} × ${breakdown}`).toBe(inMemory.rows.length);
        inMemory.rows.forEach((row, index) => expectRow(fromSql.rows[index], row));
        expectRow(fromSql.totals, inMemory.totals);
      }
    }
  });

  it('keeps the latest report of each dial: a resent older one changes nothing, a called-off dial leaves', async () => {
    const { db, service } = await serviceOn();
    const store = new HubStore(db, 'node-test');
    const events = attemptEvents();
    // Every event again (a rep's outbox resending after a lost ack): stored once, counted once.
    await storeInBatches(store, events, 7);
    expectRow((await service.kpis(query(null, null))).totals, NEW_YORK_TOTALS);

    const lastOfA9 = events
      .filter((event) => event.type === 'attempt' && event.attemptId === 'A9')
      .at(-1)!;
    await storeInBatches(store, [
      { ...lastOfA9, eventId: 'ev-called-off-A9', seq: 99, calledOff: true } as typeof lastOfA9,
    ]);
    const after = await service.kpis(query(null, null));
    expect(after.totals.dials).toBe(9);
    expect(after.totals.talkSeconds).toBe(1680 - 120);
  });

  it("fills the projection from the events stored before the report's migration", async () => {
    const db = await databases.open();
    await migrate(db, HUB_SCHEMA.slice(0, 9));
    for (const event of attemptEvents()) {
      await db.query(
        `INSERT INTO events (event_id, rep_id, stream_id, seq, type, at, received_at, event_json)
         VALUES ($1, $2, $3, $4, 'attempt', $5, $5, $6)`,
        [
          event.eventId,
          event.repId,
          `stream-${event.repId}`,
          event.seq,
          event.at,
          JSON.stringify(event),
        ],
      );
    }
    const { applied } = await migrate(db, HUB_SCHEMA);
    expect(applied).toEqual([10]);
    const service = new ReportService({ db, timeZone: TEAM_ZONE, now: () => 42 });
    const whole = await service.kpis(query(null, null));
    expectRow(whole.totals, { ...NEW_YORK_TOTALS, neverDialed: 0 });
  });
});
