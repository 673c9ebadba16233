import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_HEIGHT, CHART_THEME, SERIES_COLOURS, TOOLTIP_STYLE } from './chart-theme';
import type { GroupTrend } from './group-trend-points';
import type { ReportColumn } from './report-columns';
import { targetLine } from './TargetLine';
import { tooltipValue } from './tooltip-value';

interface KpiGroupTrendChartProps {
  trend: GroupTrend;
  column: ReportColumn;
  title: string;
}

/** One KPI over the periods, a line per rep, source or campaign, the target dashed across. */
export function KpiGroupTrendChart({ trend, column, title }: KpiGroupTrendChartProps) {
  return (
    <LineChart
      data={trend.points}
      responsive
      style={{ width: '100%', height: CHART_HEIGHT + 30 }}
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={CHART_THEME.grid} vertical={false} />
      <XAxis dataKey="name" tick={AXIS_TICK} stroke={CHART_THEME.grid} />
      <YAxis tick={AXIS_TICK} stroke={CHART_THEME.grid} unit={column.unit} width={56} />
      <Tooltip {...TOOLTIP_STYLE} formatter={(value) => tooltipValue(value, column)[0]} />
      <Legend wrapperStyle={{ fontSize: 12, color: CHART_THEME.axis }} />
      {targetLine(column.target)}
      {trend.series.map((series, index) => (
        <Line
          key={series.key}
          type="linear"
          dataKey={series.key}
          name={series.label}
          stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
          strokeWidth={2}
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
