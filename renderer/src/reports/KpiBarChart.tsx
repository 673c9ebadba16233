import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from './chart-points';
import { AXIS_TICK, CHART_HEIGHT, CHART_THEME, TOOLTIP_STYLE } from './chart-theme';
import type { ReportColumn } from './report-columns';
import { targetLine } from './TargetLine';
import { tooltipValue } from './tooltip-value';

interface KpiBarChartProps {
  points: readonly ChartPoint[];
  column: ReportColumn;
  title: string;
}

/** One bar per rep, source or campaign over the whole range, the target dashed across. */
export function KpiBarChart({ points, column, title }: KpiBarChartProps) {
  return (
    <BarChart
      data={[...points]}
      responsive
      style={{ width: '100%', height: CHART_HEIGHT }}
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={CHART_THEME.grid} vertical={false} />
      <XAxis dataKey="name" tick={AXIS_TICK} stroke={CHART_THEME.grid} interval={0} />
      <YAxis tick={AXIS_TICK} stroke={CHART_THEME.grid} unit={column.unit} width={56} />
      <Tooltip
        {...TOOLTIP_STYLE}
        cursor={{ fill: 'rgb(255 255 255 / 6%)' }}
        formatter={(value) => tooltipValue(value, column)}
      />
      {targetLine(column.target)}
      <Bar
        dataKey="value"
        name={column.shortLabel}
        fill={CHART_THEME.series}
        maxBarSize={48}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
