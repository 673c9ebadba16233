import { HOUR_MS, MINUTE_MS } from '../../../shared/clock';
import type { Scenario } from './scenario';
import type { DayLog, SimLead } from './simulate-day';

export interface SpeedToLeadShares {
  /** New leads that could lawfully be dialed (known zone, not on the DNC list on arrival). */
  leads: number;
  within5Min: number;
  within1Hour: number;
  /** Minutes; null when fewer than half the leads were dialed at all. */
  medianResponseMinutes: number | null;
  notDialed: number;
}

export interface PolicyMetrics {
  /** All of the day's new leads: the morning backlog and the live arrivals. */
  all: SpeedToLeadShares;
  /** Leads that arrived during the shift, where the queue order decides everything. */
  live: SpeedToLeadShares;
  dials: number;
  contacts: number;
  conversions: number;
  /** Share of the shift the rep spent dialing, talking or wrapping up. */
  utilization: number;
  callbacksDue: number;
  /** Dialed no later than 5 minutes after the promised time. */
  callbacksOnTime: number;
  violations: {
    dnc: number;
    window: number;
    status: number;
    callingRules: number;
    total: number;
  };
}

export function measureDay(scenario: Scenario, day: DayLog): PolicyMetrics {
  const fresh = day.leads.filter(
    (lead) =>
      (lead.kind === 'live' || lead.kind === 'backlog') &&
      lead.timeZone !== null &&
      !scenario.dncNumbers.has(lead.phoneE164),
  );
  const dueCallbacks = day.keptCallbacks.length + missedCallbacks(scenario, day.leads);
  const violations = { ...day.violations };
  return {
    all: shares(fresh),
    live: shares(fresh.filter((lead) => lead.kind === 'live')),
    dials: day.dials,
    contacts: day.contacts,
    conversions: day.conversions,
    utilization: day.busyMs / (scenario.shiftEnd - scenario.shiftStart),
    callbacksDue: dueCallbacks,
    callbacksOnTime: day.keptCallbacks.filter((c) => c.dialedAt - c.promisedAt <= 5 * MINUTE_MS)
      .length,
    violations: {
      ...violations,
      total: violations.dnc + violations.window + violations.status + violations.callingRules,
    },
  };
}

function missedCallbacks(scenario: Scenario, leads: readonly SimLead[]): number {
  return leads.filter(
    (lead) =>
      lead.status === 'callback' && lead.callbackAt !== null && lead.callbackAt < scenario.shiftEnd,
  ).length;
}

function shares(leads: readonly SimLead[]): SpeedToLeadShares {
  const responses = leads.map((lead) =>
    lead.firstDialToday === null ? Infinity : lead.firstDialToday - lead.createdAt,
  );
  const share = (limit: number) =>
    leads.length === 0 ? 0 : responses.filter((ms) => ms <= limit).length / leads.length;
  return {
    leads: leads.length,
    within5Min: share(5 * MINUTE_MS),
    within1Hour: share(HOUR_MS),
    medianResponseMinutes: medianMinutes(responses),
    notDialed: responses.filter((ms) => ms === Infinity).length,
  };
}

function medianMinutes(responses: readonly number[]): number | null {
  if (responses.length === 0) return null;
  const sorted = [...responses].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(middle)] ?? Infinity)
      : ((sorted[middle - 1] ?? Infinity) + (sorted[middle] ?? Infinity)) / 2;
  return Number.isFinite(median) ? median / MINUTE_MS : null;
}
