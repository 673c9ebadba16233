import { MINUTE_MS } from '../../../shared/clock';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { Disposition } from '../../../shared/domain/disposition';
import { applyOutcome } from '../../../electron/core/queue/apply-outcome';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import { simulateCall } from './call-model';
import { independentRulesViolation, independentlyInsideWindow } from './compliance';
import { appRetryNotBefore, appRulesAllow } from './state-rules';
import type { DialPolicy } from './policies';
import type { LeadSpec, Scenario } from './scenario';

/** Seconds from the rep pressing "next" to the call being placed. */
const DIAL_SETUP_MS = 3_000;

/** A lead in the rep's pool as the day goes on. */
export interface SimLead extends LeadSpec {
  lastAttemptAt: number | null;
  /** The first dial made today, for leads that had none before the shift. */
  firstDialToday: number | null;
}

export interface Violations {
  dnc: number;
  window: number;
  status: number;
  /** Dials the calling-rules referee refused (a state's hours, no-call days, 3 a day). */
  callingRules: number;
}

export interface KeptCallback {
  promisedAt: number;
  dialedAt: number;
}

export interface DayLog {
  leads: readonly SimLead[];
  dials: number;
  contacts: number;
  conversions: number;
  busyMs: number;
  violations: Violations;
  keptCallbacks: readonly KeptCallback[];
}

const DISPOSITIONS = new Map<string, Disposition>(DEFAULT_DISPOSITIONS.map((d) => [d.code, d]));

function disposition(code: string): Disposition {
  const found = DISPOSITIONS.get(code);
  if (!found) throw new Error(`The simulator used an unknown disposition: ${code}`);
  return found;
}

const toSimLead = (spec: LeadSpec): SimLead => ({
  ...spec,
  lastAttemptAt: spec.firstAttemptAt,
  firstDialToday: null,
});

/** One rep, one shift, one policy: dial, talk, wrap up, record the outcome, next. */
export function simulateDay(
  scenario: Scenario,
  policy: DialPolicy,
  rules: CampaignRules,
  seed: number,
): DayLog {
  const leads = scenario.leads.map(toSimLead);
  const arrivals = [...leads].sort((a, b) => a.availableAt - b.availableAt || a.id - b.id);
  const dncList = new Set(scenario.dncNumbers);
  const onDnc = (phone: string) => dncList.has(phone);
  const log = {
    dials: 0,
    contacts: 0,
    conversions: 0,
    busyMs: 0,
    violations: { dnc: 0, window: 0, status: 0, callingRules: 0 },
    keptCallbacks: [] as KeptCallback[],
  };
  // Finished leads stay in the pool on purpose: the policy must skip them itself.
  const pool: SimLead[] = [];
  // Every dial of each number today, and the last one before the shift.
  const dials = new Map<string, number[]>();
  const dialsOf = (lead: SimLead) => dials.get(lead.phoneE164) ?? [];
  for (const lead of leads) {
    if (lead.lastAttemptAt !== null) dials.set(lead.phoneE164, [lead.lastAttemptAt]);
  }
  const window = rules.callingWindow;
  let admitted = 0;

  for (let now = scenario.shiftStart; now < scenario.shiftEnd;) {
    while (admitted < arrivals.length && (arrivals[admitted]?.availableAt ?? Infinity) <= now) {
      pool.push(arrivals[admitted] as SimLead);
      admitted += 1;
    }
    // The app's calling-rules gate holds the same leads from every policy.
    const allowed = pool.filter((lead) => appRulesAllow(lead, now, window, dialsOf(lead)));
    const lead = policy.pick(allowed, now, onDnc);
    if (lead === null) {
      const nextArrival = arrivals[admitted]?.availableAt ?? Infinity;
      now = Math.min(nextArrival, now + MINUTE_MS);
      continue;
    }

    if (onDnc(lead.phoneE164)) log.violations.dnc += 1;
    if (!independentlyInsideWindow(lead.timeZone, now, window)) log.violations.window += 1;
    if (independentRulesViolation(lead, now, dialsOf(lead)) !== null) {
      log.violations.callingRules += 1;
    }
    dials.set(lead.phoneE164, [...dialsOf(lead), now]);
    if (lead.status === 'done' || lead.status === 'dnc' || lead.status === 'held') {
      log.violations.status += 1;
    }
    if (lead.firstAttemptAt === null) {
      lead.firstAttemptAt = now;
      lead.firstDialToday = now;
    }
    const promisedAt = lead.status === 'callback' ? lead.callbackAt : null;
    if (promisedAt !== null) log.keptCallbacks.push({ promisedAt, dialedAt: now });

    const call = simulateCall({
      seed,
      leadId: lead.id,
      attemptNumber: lead.attemptCount + 1,
      dialAt: now,
      responseMs: lead.firstAttemptAt - lead.createdAt,
      promisedAt,
      timeZone: lead.timeZone ?? 'UTC',
      window,
    });
    const outcomeAt = now + DIAL_SETUP_MS + call.callMs + call.wrapUpMs;
    const update = applyOutcome(lead, disposition(call.outcome), outcomeAt, rules, call.callbackAt);
    lead.status = update.status;
    lead.attemptCount = update.attemptCount;
    lead.lastAttemptAt = update.lastAttemptAt;
    const capOpens =
      update.status === 'retry' ? appRetryNotBefore(lead, dialsOf(lead), outcomeAt) : null;
    lead.nextEligibleAt =
      capOpens === null ? update.nextEligibleAt : Math.max(update.nextEligibleAt ?? 0, capOpens);
    lead.callbackAt = update.callbackAt;
    if (update.addToDncList) dncList.add(lead.phoneE164);

    log.dials += 1;
    if (call.contact) log.contacts += 1;
    if (call.outcome === 'converted') log.conversions += 1;
    log.busyMs += Math.min(outcomeAt, scenario.shiftEnd) - now;
    now = outcomeAt;
  }
  return { ...log, leads };
}
