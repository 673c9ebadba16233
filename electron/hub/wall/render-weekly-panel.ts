import type { KpiReportRow } from '../../../shared/reports/kpi-report';
import { KPI_TARGETS } from '../../../shared/kpi/targets';
import { escapeHtml as e } from './html';
import { percent, shortDuration } from './wall-format';
import type { WeeklyComparison } from './weekly-weeks';

interface WeeklyStat {
  id: string;
  label: string;
  /** The week's value as a number to compare, or null without a sample. */
  value: (row: KpiReportRow) => number | null;
  text: (value: number | null) => string;
  /** Which way is better: more dials, a faster response. */
  better: 'higher' | 'lower';
  target: string | null;
}

const count = (value: number | null) => (value === null ? '–' : String(value));
const oneDecimal = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const seconds = (value: number | null) => shortDuration(value === null ? null : value * 1000);

/** The team's key KPIs: totals only, so no rep or prospect is named on a screen in the room. */
const WEEKLY_STATS: readonly WeeklyStat[] = [
  {
    id: 'dials',
    label: 'Dials',
    value: (row) => row.dials,
    text: count,
    better: 'higher',
    target: null,
  },
  {
    id: 'dials-per-rep-day',
    label: 'Dials per rep-day',
    value: (row) => row.dialsPerRepDay,
    text: oneDecimal,
    better: 'higher',
    target: `${KPI_TARGETS.dialsPerRepPerDay}+`,
  },
  {
    id: 'contact-rate',
    label: 'Contact rate',
    value: (row) => row.contactRate,
    text: percent,
    better: 'higher',
    target: null,
  },
  {
    id: 'conversions',
    label: 'Conversions',
    value: (row) => row.conversions,
    text: count,
    better: 'higher',
    target: null,
  },
  {
    id: 'conversion-rate',
    label: 'Conv. rate',
    value: (row) => row.conversionRate,
    text: percent,
    better: 'higher',
    target: `${Math.round(KPI_TARGETS.conversionRate * 100)} %+`,
  },
  {
    id: 'speed-to-lead',
    label: 'Speed-to-lead',
    value: (row) => row.medianResponseSeconds,
    text: seconds,
    better: 'lower',
    target: `< ${KPI_TARGETS.responseTimeMs / 3_600_000} h`,
  },
  {
    id: 'within-sla',
    label: 'Within SLA',
    value: (row) => row.shareWithinSla,
    text: percent,
    better: 'higher',
    target: null,
  },
];

/**
 * The wall's weekly panel: this ISO week against last week, one tile per KPI, the arrow green
 * when the week is better. Rendered on the hub like the floor; every value is a number.
 */
export function renderWeeklyPanel(weeks: WeeklyComparison): string {
  const tiles = WEEKLY_STATS.map((stat) => renderStat(stat, weeks)).join('');
  return (
    '<section class="weekly" data-testid="wall-weekly" aria-labelledby="weekly-title">' +
    `<h2 id="weekly-title">This week vs last week <span class="quiet">${e(weeks.thisWeek)} vs ` +
    `${e(weeks.lastWeek)} · days in ${e(weeks.timeZone)}</span></h2>` +
    `<div class="weekly-stats">${tiles}</div></section>`
  );
}

function renderStat(stat: WeeklyStat, weeks: WeeklyComparison): string {
  const now = weeks.current ? stat.value(weeks.current) : null;
  const before = weeks.previous ? stat.value(weeks.previous) : null;
  const target = stat.target ? ` <span class="quiet">target ${e(stat.target)}</span>` : '';
  return (
    `<div class="stat weekly-stat" data-testid="wall-weekly-${stat.id}">` +
    `<span class="label">${e(stat.label)}${target}</span>` +
    `<span class="value">${e(stat.text(now))}${trend(stat, now, before)}</span>` +
    `<span class="last-week">last week ${e(stat.text(before))}</span></div>`
  );
}

function trend(stat: WeeklyStat, now: number | null, before: number | null): string {
  if (now === null || before === null || now === before) return '';
  const up = now > before;
  const better = up === (stat.better === 'higher');
  const words = better ? 'better than last week' : 'worse than last week';
  const arrow = up ? '▲' : '▼';
  return ` <span class="trend ${better ? 'better' : 'worse'}" role="img" aria-label="${words}">${arrow}</span>`;
}
