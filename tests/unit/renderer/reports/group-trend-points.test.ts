import { describe, expect, it } from 'vitest';
import { groupTrend } from '../../../../renderer/src/reports/group-trend-points';
import { reportColumn } from '../../../../renderer/src/reports/report-columns';
import { reportRow } from './report-rows';

describe('a line per group over the periods', () => {
  it('pivots period × group rows into one point per period, a key per group, as the table rounds', () => {
    const rows = [
      reportRow({ period: '2026-W47', group: 'ana', groupLabel: 'Ana Ruiz', conversionRate: 0.25 }),
      reportRow({
        period: '2026-W47',
        group: 'web.form',
        groupLabel: 'web.form',
        conversionRate: null,
      }),
      reportRow({
        period: '2026-W48',
        group: 'ana',
        groupLabel: 'Ana Ruiz',
        conversionRate: 1 / 3,
      }),
      reportRow({
        period: '2026-W48',
        group: 'web.form',
        groupLabel: 'web.form',
        conversionRate: 0.5,
      }),
    ];
    expect(groupTrend(rows, reportColumn('conversionRate'))).toEqual({
      series: [
        { key: 'g0', label: 'Ana Ruiz' },
        { key: 'g1', label: 'web.form' },
      ],
      points: [
        { name: 'W47', g0: 25, g1: null },
        { name: 'W48', g0: 33.3, g1: 50 },
      ],
    });
  });
});
