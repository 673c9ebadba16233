import { describe, expect, it } from 'vitest';
import { computeKpiReport, type KpiReportQuery } from '../../../shared/reports';
import { expectRow, expectRows } from './expect-rows';
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
import { FROM, OTHER_ZONE, TEAM_ZONE, TO, reportAttempts, reportLeads } from './week-fixture';

const report = (
  period: KpiReportQuery['period'],
  breakdown: KpiReportQuery['breakdown'],
  timeZone = TEAM_ZONE,
) =>
  computeKpiReport({
    query: { from: FROM, to: TO, period, breakdown },
    timeZone,
    attempts: reportAttempts(),
    leads: reportLeads(),
    now: 1,
  });

describe('the KPI report in memory (the week fixture, by hand)', () => {
  it('gives the whole week in New York, across its spring-forward day', () => {
    const week = report(null, null);
    expectRows(week.rows, [NEW_YORK_TOTALS]);
    expectRow(week.totals, NEW_YORK_TOTALS);
    expect(week.timeZone).toBe(TEAM_ZONE);
  });

  it('cuts every local day, the 23-hour Sunday included', () => {
    const byDay = report('day', null);
    expectRows(byDay.rows, NEW_YORK_BY_DAY);
    expectRow(byDay.totals, NEW_YORK_TOTALS);
  });

  it('cuts ISO weeks in New York and in London, where a Sunday-night dial is Monday', () => {
    expectRows(report('week', null).rows, NEW_YORK_BY_WEEK);
    const london = report('week', null, OTHER_ZONE);
    expectRows(london.rows, LONDON_BY_WEEK);
    expectRow(london.totals, LONDON_TOTALS);
  });

  it('breaks the week down by source, campaign and rep', () => {
    expectRows(report(null, 'source').rows, NEW_YORK_BY_SOURCE);
    expectRows(report(null, 'campaign').rows, NEW_YORK_BY_CAMPAIGN);
    const byRep = report(null, 'rep');
    expectRows(byRep.rows, NEW_YORK_BY_REP);
    expectRow(byRep.totals, NEW_YORK_TOTALS);
  });

  it('fills every week of every group, so a trend by group has no holes', () => {
    const trend = report('week', 'rep');
    expect(trend.rows.map((row) => `${row.period} ${row.group} ${row.dials}`)).toEqual([
      '2026-W10 ana 3',
      '2026-W10 ben 3',
      '2026-W10 cy 0',
      '2026-W11 ana 1',
      '2026-W11 ben 0',
      '2026-W11 cy 3',
    ]);
  });
});
