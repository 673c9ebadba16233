import type { ReportBreakdown, ReportPeriod } from '../../../shared/reports/kpi-report';
import type { ReportColumnId } from './report-columns';

export const PERIOD_CHOICES: ReadonlyArray<{ value: ReportPeriod; label: string }> = [
  { value: 'week', label: 'ISO week' },
  { value: 'day', label: 'Day' },
];

export const BREAKDOWN_CHOICES: ReadonlyArray<{ value: ReportBreakdown; label: string }> = [
  { value: 'rep', label: 'Rep' },
  { value: 'source', label: 'Source' },
  { value: 'campaign', label: 'Campaign' },
];

/** The first column's header of a table by period or by group. */
export const ROW_HEADERS: Record<ReportPeriod | ReportBreakdown, string> = {
  week: 'Week',
  day: 'Day',
  rep: 'Rep',
  source: 'Source',
  campaign: 'Campaign',
};

/** The trend's choices: the three KPIs the article sets a target for, then contact rate. */
export const TREND_KPIS: readonly ReportColumnId[] = [
  'dialsPerRepDay',
  'conversionRate',
  'medianResponse',
  'contactRate',
];

/** The bars' choices: volume first (who does the work), then the targets. */
export const BAR_KPIS: readonly ReportColumnId[] = [
  'dials',
  'conversions',
  'conversionRate',
  'medianResponse',
  'dialsPerRepDay',
  'contactRate',
];
