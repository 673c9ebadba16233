import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from './chart-points';
import { AXIS_TICK, CHART_HEIGHT, CHART_THEME, TOOLTIP_STYLE } from './chart-theme';
import type { ReportColumn } from './report-columns';
import { targetLine } from './TargetLine';
import { tooltipValue } from './tooltip-value';

interface KpiTrendChartProps {
  points: readonly ChartPoint[];
  column: ReportColumn;
  /** The chart's name for a screen reader; the table beside it has the numbers. */
  title: string;
}

/** One KPI over the periods, the target dashed across it; a period with no sample is a gap. */
export function KpiTrendChart({ points, column, title }: KpiTrendChartProps) {
  return (
    <LineChart
      data={[...points]}
      responsive
      style={{ width: '100%', height: CHART_HEIGHT }}
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={CHART_THEME.grid} vertical={false} />
      <XAxis dataKey="name" tick={AXIS_TICK} stroke={CHART_THEME.grid} />
      <YAxis tick={AXIS_TICK} stroke={CHART_THEME.grid} unit={column.unit} width={56} />
      <Tooltip {...TOOLTIP_STYLE} formatter={(value) => tooltipValue(value, column)} />
      {targetLine(column.target)}
      <Line
        type="linear"
        dataKey="value"
        name={column.shortLabel}
        stroke={CHART_THEME.series}
        strokeWidth={2}
        dot={{ r: 3, fill: CHART_THEME.series }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
