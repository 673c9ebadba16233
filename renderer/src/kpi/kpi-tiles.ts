import { formatClock } from '../../../shared/format/time';
import { KPI_TARGETS, type KpiSnapshot, type TargetStatus } from '../../../shared/kpi';

export interface KpiTile {
  id: string;
  /** The `data-testid` of the value, for the KPIs the testability contract names. */
  testId: string;
  label: string;
  value: string;
  /** The target or the facts behind the value: "of 30 target", "4 of 10". */
  detail: string;
  status: TargetStatus;
}

const NONE = '—';

/** The strip's tiles, in order, with values formatted for a glance. */
export function kpiTiles(kpi: KpiSnapshot): KpiTile[] {
  const conversionTarget = percent(KPI_TARGETS.conversionRate);
  return [
    {
      id: 'dials',
      testId: 'kpi-dials',
      label: 'Dials',
      value: String(kpi.dials),
      detail: `target ${kpi.dialTarget}/day`,
      status: kpi.status.dials,
    },
    {
      id: 'pace',
      testId: 'kpi-pace',
      label: 'Pace',
      value: kpi.projectedDials === null ? NONE : `${kpi.projectedDials}/${kpi.dialTarget}`,
      detail:
        kpi.dialsPerHour === null ? 'projected today' : `${kpi.dialsPerHour.toFixed(1)} dials/h`,
      status: kpi.status.dials,
    },
    {
      id: 'contacts',
      testId: 'kpi-contacts',
      label: 'Contacts',
      value: String(kpi.contacts),
      detail: 'reached a person',
      status: kpi.status.contacts,
    },
    {
      id: 'contact-rate',
      testId: 'kpi-contact-rate',
      label: 'Contact rate',
      value: percentOrNone(kpi.contactRate),
      detail: `${kpi.contacts} of ${kpi.dials} dials`,
      status: kpi.status.contactRate,
    },
    {
      id: 'conversions',
      testId: 'kpi-conversions',
      label: 'Conversions',
      value: String(kpi.conversions),
      detail: closingDetail(kpi.closingTimeMedianMs),
      status: kpi.status.conversions,
    },
    {
      id: 'conversion-rate',
      testId: 'kpi-conversion-rate',
      label: 'Conversion rate',
      value: percentOrNone(kpi.conversionRate),
      detail: `target ${conversionTarget}`,
      status: kpi.status.conversionRate,
    },
    {
      id: 'response-time',
      testId: 'kpi-response-time',
      label: 'Speed to lead',
      value: kpi.responseTimeMedianMs === null ? NONE : shortDuration(kpi.responseTimeMedianMs),
      detail:
        kpi.respondedWithinSlaShare === null
          ? 'median · target < 1 h'
          : `median · ${percent(kpi.respondedWithinSlaShare)} < 1 h`,
      status: kpi.status.responseTime,
    },
    {
      id: 'talk-time',
      testId: 'kpi-talk-time',
      label: 'Talk time',
      value: formatClock(kpi.talkSeconds * 1000),
      detail: 'today',
      status: kpi.status.talkTime,
    },
    {
      id: 'handle-time',
      testId: 'kpi-handle-time',
      label: 'Avg handle',
      value:
        kpi.averageHandleSeconds === null ? NONE : formatClock(kpi.averageHandleSeconds * 1000),
      detail: 'talk + wrap-up',
      status: kpi.status.averageHandleTime,
    },
  ];
}

/** "25%": whole percents read fastest on a strip. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function percentOrNone(share: number | null): string {
  return share === null ? NONE : percent(share);
}

/** "42 s", "12 min", "1 h 5 min". */
export function shortDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function closingDetail(closingTimeMedianMs: number | null): string {
  return closingTimeMedianMs === null
    ? 'closing speed —'
    : `closing in ${shortDuration(closingTimeMedianMs)}`;
}
