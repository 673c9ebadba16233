import { ReferenceLine } from 'recharts';
import type { ColumnTarget } from './report-columns';
import { CHART_THEME } from './chart-theme';

/** The article's target across the chart, labelled, so a point is read against it at a glance. */
export function targetLine(target: ColumnTarget | null) {
  if (!target) return null;
  return (
    <ReferenceLine
      y={target.value}
      stroke={CHART_THEME.target}
      strokeDasharray="6 4"
      ifOverflow="extendDomain"
      label={{
        value: `target: ${target.words}`,
        position: 'insideTopRight',
        fill: CHART_THEME.target,
        fontSize: 12,
      }}
    />
  );
}
