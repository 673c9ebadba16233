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
  /** The tile as a sentence, for a screen reader: "on pace for 32 dials today, target 30". */
  spoken: string;
}

const NONE = '—';

/**
 * A tile shows no verdict colour until it has this many samples: a day's first dials, contacts or
 * leads say little about the day, and a red 0 % after one contact only discourages.
 */
export const VERDICT_AFTER = {
  /** Dials and pace. */
  dials: 10,
  /** Conversion rate. */
  contacts: 10,
  /** Speed to lead: leads first dialed today. */
  respondedLeads: 5,
} as const;

function judged(status: TargetStatus, samples: number, needed: number): TargetStatus {
  return samples >= needed ? status : 'none';
}

function verdictWords(status: TargetStatus, samples: number, needed: number, unit: string): string {
  if (samples < needed) return `no verdict until ${needed} ${unit} (${samples} so far)`;
  return status === 'on' ? 'on target' : status === 'off' ? 'off target' : 'no target';
}

/** The strip's tiles, in order, with values formatted for a glance. */
export function kpiTiles(kpi: KpiSnapshot): KpiTile[] {
  const conversionTarget = percent(KPI_TARGETS.conversionRate);
  const dialStatus = judged(kpi.status.dials, kpi.dials, VERDICT_AFTER.dials);
  const conversionStatus = judged(kpi.status.conversionRate, kpi.contacts, VERDICT_AFTER.contacts);
  const responded = kpi.responseTimesMs.length;
  const responseStatus = judged(kpi.status.responseTime, responded, VERDICT_AFTER.respondedLeads);
  const dialVerdict = verdictWords(dialStatus, kpi.dials, VERDICT_AFTER.dials, 'dials');
  return [
    {
      id: 'dials',
      testId: 'kpi-dials',
      label: 'Dials',
      value: String(kpi.dials),
      detail: `target ${kpi.dialTarget}/day`,
      status: dialStatus,
      spoken: `${kpi.dials} dials today, target ${kpi.dialTarget}`,
    },
    {
      id: 'pace',
      testId: 'kpi-pace',
      label: 'Pace',
      value: kpi.projectedDials === null ? NONE : `${kpi.projectedDials}`,
      detail:
        kpi.dials < VERDICT_AFTER.dials
          ? `judged from ${VERDICT_AFTER.dials} dials`
          : `projected today · target ${kpi.dialTarget}`,
      status: dialStatus,
      spoken:
        kpi.projectedDials === null
          ? 'no pace yet: no dials today'
          : `on pace for ${kpi.projectedDials} dials today, target ${kpi.dialTarget}; ${dialVerdict}`,
    },
    {
      id: 'contacts',
      testId: 'kpi-contacts',
      label: 'Contacts',
      value: String(kpi.contacts),
      detail: 'reached a person',
      status: kpi.status.contacts,
      spoken: `${kpi.contacts} contacts: people reached today`,
    },
    {
      id: 'contact-rate',
      testId: 'kpi-contact-rate',
      label: 'Contact rate',
      value: percentOrNone(kpi.contactRate),
      detail: `${kpi.contacts} of ${kpi.dials} dials`,
      status: kpi.status.contactRate,
      spoken: `contact rate ${percentOrNone(kpi.contactRate)}: ${kpi.contacts} of ${kpi.dials} dials reached a person`,
    },
    {
      id: 'conversions',
      testId: 'kpi-conversions',
      label: 'Conversions',
      value: String(kpi.conversions),
      detail: closingDetail(kpi.closingTimeMedianMs),
      status: kpi.status.conversions,
      spoken: `${kpi.conversions} conversions today`,
    },
    {
      id: 'conversion-rate',
      testId: 'kpi-conversion-rate',
      label: 'Conversion rate',
      value: percentOrNone(kpi.conversionRate),
      detail:
        kpi.contacts < VERDICT_AFTER.contacts
          ? `judged from ${VERDICT_AFTER.contacts} contacts`
          : `target ${conversionTarget}`,
      status: conversionStatus,
      spoken:
        `conversion rate ${percentOrNone(kpi.conversionRate)} of ${kpi.contacts} contacts, ` +
        `target ${conversionTarget}; ` +
        verdictWords(conversionStatus, kpi.contacts, VERDICT_AFTER.contacts, 'contacts'),
    },
    {
      id: 'response-time',
      testId: 'kpi-response-time',
      label: 'Speed to lead',
      value: kpi.responseTimeMedianMs === null ? NONE : shortDuration(kpi.responseTimeMedianMs),
      // No-break spaces: "< 1 h" wraps as one piece on a narrow tile.
      detail:
        kpi.respondedWithinSlaShare === null
          ? 'median · target <\u00a01\u00a0h'
          : `median · ${percent(kpi.respondedWithinSlaShare)} <\u00a01\u00a0h`,
      status: responseStatus,
      spoken:
        kpi.responseTimeMedianMs === null
          ? 'speed to lead: no lead dialed yet today, target under 1 hour'
          : `speed to lead ${shortDuration(kpi.responseTimeMedianMs)} median, target under 1 hour; ` +
            verdictWords(responseStatus, responded, VERDICT_AFTER.respondedLeads, 'leads'),
    },
    {
      id: 'talk-time',
      testId: 'kpi-talk-time',
      label: 'Talk time',
      value: formatClock(kpi.talkSeconds * 1000),
      detail: 'today',
      status: kpi.status.talkTime,
      spoken: `talk time today ${formatClock(kpi.talkSeconds * 1000)}`,
    },
    {
      id: 'handle-time',
      testId: 'kpi-handle-time',
      label: 'Avg handle',
      value:
        kpi.averageHandleSeconds === null ? NONE : formatClock(kpi.averageHandleSeconds * 1000),
      detail: 'talk + wrap-up',
      status: kpi.status.averageHandleTime,
      spoken:
        kpi.averageHandleSeconds === null
          ? 'average handle time: no calls handled yet'
          : `average handle time ${formatClock(kpi.averageHandleSeconds * 1000)}, talk and wrap-up`,
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
