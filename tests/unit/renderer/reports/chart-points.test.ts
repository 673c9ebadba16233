import { describe, expect, it } from 'vitest';
import {
  barPoints,
  periodAxisLabel,
  trendPoints,
} from '../../../../renderer/src/reports/chart-points';
import { reportColumn } from '../../../../renderer/src/reports/report-columns';
import { reportRow } from './report-rows';

describe('the charts read the numbers the table shows', () => {
  it('one point per week, the rate in % as rounded in the table, a gap where no sample', () => {
    const rows = [
      reportRow({ period: '2026-W47', conversionRate: 0.23456 }),
      reportRow({ period: '2026-W48', conversionRate: null }),
    ];
    expect(trendPoints(rows, reportColumn('conversionRate'))).toEqual([
      { name: 'W47', value: 23.5 },
      { name: 'W48', value: null },
    ]);
  });

  it('speed-to-lead in minutes; days on the axis as "Nov 24"', () => {
    const rows = [reportRow({ period: '2026-11-24', medianResponseSeconds: 5_430 })];
    expect(trendPoints(rows, reportColumn('medianResponse'))).toEqual([
      { name: 'Nov 24', value: 90.5 },
    ]);
    expect(periodAxisLabel('2026-W01')).toBe('W01');
  });

  it('one bar per group, named as a person reads it', () => {
    const rows = [
      reportRow({ group: 'web', groupLabel: 'web', dials: 40 }),
      reportRow({ group: '', groupLabel: '(no source)', dials: 3 }),
    ];
    expect(barPoints(rows, reportColumn('dials'))).toEqual([
      { name: 'web', value: 40 },
      { name: '(no source)', value: 3 },
    ]);
  });
});
