import { KPI_TARGETS } from '../../../shared/kpi';
import { formatDuration } from '../../../shared/format/time';

/** Time left under this turns the countdown amber; past the SLA it is red. */
export const SLA_WARNING_MS = 30 * 60_000;

export type SlaTone = 'calm' | 'warning' | 'late' | 'answered';

export interface SpeedToLead {
  tone: SlaTone;
  /** "12 min", the lead's age. */
  age: string;
  /** "48 min left", "25 min over", "dialed after 12 min". */
  status: string;
  /** "1 h SLA". */
  sla: string;
  /** The SLA is missed: not dialed in time, or still waiting past it. */
  late: boolean;
}

/**
 * The lead's age against the speed-to-lead SLA. A lead already dialed has its response time
 * fixed, so it shows that instead of a countdown.
 */
/** The colour of the lead's reason line: never the calm green once the SLA is missed. */
export function reasonTone(speed: SpeedToLead): 'calm' | 'warning' | 'late' {
  if (speed.late) return 'late';
  return speed.tone === 'warning' ? 'warning' : 'calm';
}

export function speedToLead(
  lead: { createdAt: number; firstAttemptAt: number | null },
  now: number,
  slaMs: number = KPI_TARGETS.responseTimeMs,
): SpeedToLead {
  const ageMs = Math.max(0, now - lead.createdAt);
  const age = formatDuration(ageMs);
  const sla = `${formatDuration(slaMs)} SLA`;
  if (lead.firstAttemptAt !== null) {
    const responseMs = Math.max(0, lead.firstAttemptAt - lead.createdAt);
    const status = `dialed after ${formatDuration(responseMs)}`;
    return { tone: 'answered', age, sla, status, late: responseMs > slaMs };
  }
  const leftMs = slaMs - ageMs;
  if (leftMs <= 0) {
    return { tone: 'late', age, sla, status: `${formatDuration(-leftMs)} over`, late: true };
  }
  return {
    tone: leftMs <= SLA_WARNING_MS ? 'warning' : 'calm',
    age,
    sla,
    status: `${formatDuration(leftMs)} left`,
    late: false,
  };
}
