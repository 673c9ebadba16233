/**
 * A simulated team day: reps with shifts and breaks, web leads arriving all day, realistic
 * calls (the speed-to-lead bench's call model). Two ways to hand out leads: the hub's pool
 * (the real routing and claim code: routeOffers, offerLead, acceptDial, recordAttempt,
 * sweepClaims) and the static split (each lead given at arrival to the next rep on shift,
 * round-robin, and worked by that rep's own queue in the rep's queue order).
 */
import { DateTime } from 'luxon';
import { MINUTE_MS } from '../../../shared/clock';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { DEFAULT_CAMPAIGN_RULES, isCallable, rankQueue } from '../../../electron/core/queue';
import type { QueueLead } from '../../../electron/core/queue';
import { attemptResult } from '../../../electron/hub/pool/claims/attempt-result';
import { DEFAULT_CLAIM_POLICY } from '../../../electron/hub/pool/claims/claim-policy';
import {
  acceptDial,
  offerLead,
  recordAttempt,
  releaseClaim,
} from '../../../electron/hub/pool/claims/claim-transitions';
import { offerIdOf, type PoolLeadState } from '../../../electron/hub/pool/claims/pool-lead-state';
import { sweepClaims } from '../../../electron/hub/pool/claims/sweep-claims';
import { routeOffers } from '../../../electron/hub/pool/routing/route-offers';
import type { RepAvailability } from '../../../electron/hub/pool/routing/routing-rep';
import { simulateCall } from '../speed-to-lead/call-model';
import { derivedRandom, exponential } from '../speed-to-lead/random';
import { freshPoolLead } from '../../support/pool-lead';

/** hub: the pool as shipped · hub-on-call: the pool also offering to reps on a call. */
export type Distribution = 'hub' | 'hub-on-call' | 'static';

export interface TeamDayOptions {
  seed: number;
  date: string;
  timeZone: string;
  leadsPerHour: number;
  /** Leads arrive from the first shift's start until this local time. */
  arrivalsEnd: string;
  reps: number;
  /** Seconds between a rep being free with a lead and the dial (a power dialer: a breath). */
  reactionMs: number;
}

export const DEFAULT_TEAM_DAY: TeamDayOptions = {
  seed: 20261208,
  date: '2026-12-08',
  timeZone: 'America/Chicago',
  leadsPerHour: 60,
  arrivalsEnd: '18:00',
  reps: 10,
  reactionMs: 2_000,
};

export interface TeamDayResult {
  leads: number;
  /** First dial − arrival, per lead; null for a lead never dialed that day. */
  responses: (number | null)[];
  doubleDials: number;
  /** Time on calls and wrap-up ÷ time on shift and not on a break. */
  utilization: number;
  dials: number;
}

const STEP_MS = 1_000;
const RULES = DEFAULT_CAMPAIGN_RULES;
const POLICY = DEFAULT_CLAIM_POLICY;
/** Hub passes run on every change and at least this often (the hub's tick). */
const HUB_TICK_MS = 5_000;

interface SimRep {
  id: string;
  shift: [number, number];
  breaks: [number, number][];
  call: { leadId: string; endsAt: number; wrapUpEndsAt: number; outcome: Outcome } | null;
  /** hub: when the current offer reached the rep. */
  offeredAt: Map<string, number>;
  /** static: the rep's own leads. */
  own: Set<string>;
  freeSince: number;
  /** static: nothing of the rep's was callable; look again then (or when a lead arrives). */
  lookAgainAt: number;
  workMs: number;
  onShiftMs: number;
}

interface Outcome {
  code: string;
  startedAt: number;
  callbackAt: number | null;
}

export function simulateTeamDay(
  distribution: Distribution,
  options: TeamDayOptions = DEFAULT_TEAM_DAY,
): TeamDayResult {
  const at = (time: string) =>
    DateTime.fromISO(`${options.date}T${time}`, { zone: options.timeZone }).toMillis();
  const reps = buildReps(options, at);
  const dayStart = Math.min(...reps.map((rep) => rep.shift[0]));
  const dayEnd = Math.max(...reps.map((rep) => rep.shift[1]));
  const arrivals = poisson(options, dayStart, at(options.arrivalsEnd));
  const leads = new Map<string, PoolLeadState>();
  const numericId = new Map<string, number>();
  const firstDial = new Map<string, number>();
  const onCall = new Map<string, string>();
  let doubleDials = 0;
  let dials = 0;
  let cursor: string | null = null;
  let staticCursor = 0;
  let nextArrival = 0;
  let lastPass = -Infinity;

  const availability = (rep: SimRep, now: number): RepAvailability => {
    if (rep.call) return 'on-call';
    if (now < rep.shift[0] || now >= rep.shift[1]) return 'offline';
    if (rep.breaks.some(([from, to]) => now >= from && now < to)) return 'paused';
    return 'free';
  };

  const startCall = (rep: SimRep, leadId: string, now: number) => {
    const lead = leads.get(leadId)!;
    if (onCall.has(leadId)) doubleDials += 1;
    onCall.set(leadId, rep.id);
    dials += 1;
    if (!firstDial.has(leadId)) firstDial.set(leadId, now);
    const call = simulateCall({
      seed: options.seed,
      leadId: numericId.get(leadId)!,
      attemptNumber: lead.attemptCount + 1,
      dialAt: now,
      responseMs: firstDial.get(leadId)! - lead.createdAt,
      promisedAt: lead.status === 'callback' ? lead.callbackAt : null,
      timeZone: options.timeZone,
      window: RULES.callingWindow,
    });
    rep.call = {
      leadId,
      endsAt: now + call.callMs,
      wrapUpEndsAt: now + call.callMs + call.wrapUpMs,
      outcome: { code: call.outcome, startedAt: now, callbackAt: call.callbackAt },
    };
  };

  const settle = (rep: SimRep, now: number) => {
    const { leadId, outcome } = rep.call!;
    onCall.delete(leadId);
    const lead = leads.get(leadId)!;
    const result = attemptResult(
      lead,
      lead.attemptCount,
      { outcomeCode: outcome.code, at: now, callbackAt: outcome.callbackAt },
      RULES,
      DEFAULT_DISPOSITIONS,
    );
    const base =
      distribution === 'static'
        ? { ...lead, status: 'dialing' as const, assignedRep: rep.id }
        : lead;
    leads.set(
      leadId,
      recordAttempt(base, {
        repId: rep.id,
        startedAt: outcome.startedAt,
        outcomeCode: outcome.code,
        result,
        firstReport: true,
      }),
    );
    rep.call = null;
    rep.freeSince = now;
  };

  const hubPass = (now: number) => {
    const held = [...leads.values()].filter(
      (l) => l.status === 'assigned' || l.status === 'dialing',
    );
    const states = new Map(reps.map((rep) => [rep.id, availability(rep, now)]));
    for (const change of sweepClaims(
      held,
      now,
      (repId) => ({
        live: states.get(repId) !== 'offline',
        paused: states.get(repId) === 'paused',
      }),
      () => POLICY,
      () => RULES.cadence.maxAttempts,
    )) {
      leads.set(change.after.id, change.after);
      if (change.revoked)
        reps.find((r) => r.id === change.repId)!.offeredAt.delete(change.after.id);
    }
    const waiting = [...leads.values()].filter(
      (l) =>
        l.status === 'queued' ||
        (l.status === 'retry' && (l.nextDueAt ?? 0) <= now) ||
        (l.status === 'callback' && (l.callbackAt ?? 0) <= now + 60 * MINUTE_MS),
    );
    const heldBy = new Map<string, number>();
    for (const lead of leads.values()) {
      if (lead.status === 'assigned' && lead.assignedRep) {
        heldBy.set(lead.assignedRep, (heldBy.get(lead.assignedRep) ?? 0) + 1);
      }
    }
    const plan = routeOffers({
      now,
      reps: reps.map((rep) => ({
        repId: rep.id,
        availability: states.get(rep.id)!,
        campaigns: 'all',
        freshWaiting: 0,
        heldOffers: heldBy.get(rep.id) ?? 0,
      })),
      waiting,
      offered: [...leads.values()].filter((l) => l.status === 'assigned'),
      rulesOf: () => RULES,
      isDnc: () => false,
      cursor,
      maxHeldOffers: 1,
      callbackOwnerGraceMs: POLICY.callbackOwnerGraceMs,
      offerToRepsOnCall: distribution === 'hub-on-call',
    });
    cursor = plan.cursor;
    for (const move of plan.moves) {
      reps.find((r) => r.id === move.fromRep)!.offeredAt.delete(move.leadId);
      const lead = releaseClaim(leads.get(move.leadId)!, 'moved');
      leads.set(move.leadId, offerLead(lead, move.toRep, now, POLICY));
      reps.find((r) => r.id === move.toRep)!.offeredAt.set(move.leadId, now);
    }
    for (const offer of plan.offers) {
      leads.set(offer.leadId, offerLead(leads.get(offer.leadId)!, offer.repId, now, POLICY));
      reps.find((r) => r.id === offer.repId)!.offeredAt.set(offer.leadId, now);
    }
    lastPass = now;
  };

  for (let now = dayStart; now < dayEnd; now += STEP_MS) {
    let changed = false;
    while (nextArrival < arrivals.length && arrivals[nextArrival]! <= now) {
      const id = `lead-${nextArrival + 1}`;
      numericId.set(id, nextArrival + 1);
      leads.set(id, newLead(id, arrivals[nextArrival]!, options.timeZone));
      if (distribution === 'static') {
        const onShift = reps.filter((rep) => now >= rep.shift[0] && now < rep.shift[1]);
        const rep = onShift[staticCursor % onShift.length]!;
        staticCursor += 1;
        rep.own.add(id);
        rep.lookAgainAt = 0;
      }
      nextArrival += 1;
      changed = true;
    }
    for (const rep of reps) {
      const state = availability(rep, now);
      if (state !== 'offline') rep.onShiftMs += STEP_MS;
      if (rep.call) {
        rep.workMs += STEP_MS;
        if (now >= rep.call.wrapUpEndsAt) {
          settle(rep, now);
          changed = true;
        }
      }
    }
    if (distribution !== 'static') {
      if (changed || now - lastPass >= HUB_TICK_MS) hubPass(now);
      for (const rep of reps) {
        if (availability(rep, now) !== 'free') continue;
        for (const [leadId, offeredAt] of rep.offeredAt) {
          if (now - Math.max(offeredAt, rep.freeSince) < options.reactionMs) continue;
          rep.offeredAt.delete(leadId);
          const lead = leads.get(leadId)!;
          const verdict = acceptDial(lead, rep.id, offerIdOf(lead), now, POLICY, false);
          if (!verdict.ok) continue;
          leads.set(leadId, verdict.lead);
          startCall(rep, leadId, now);
          hubPass(now);
          break;
        }
      }
    } else {
      for (const rep of reps) {
        if (availability(rep, now) !== 'free' || now - rep.freeSince < options.reactionMs) continue;
        if (now < rep.lookAgainAt) continue;
        const next = nextOwnLead(rep, leads, now);
        if (next) startCall(rep, next, now);
        else rep.lookAgainAt = now + HUB_TICK_MS;
      }
    }
  }
  const all = [...leads.values()];
  return {
    leads: all.length,
    responses: all.map((lead) => {
      const dialedAt = firstDial.get(lead.id);
      return dialedAt === undefined ? null : dialedAt - lead.createdAt;
    }),
    doubleDials,
    utilization:
      reps.reduce((sum, rep) => sum + rep.workMs, 0) /
      Math.max(
        1,
        reps.reduce((sum, rep) => sum + rep.onShiftMs, 0),
      ),
    dials,
  };
}

/** The rep's own queue: its leads callable now, in the rep's queue order. */
function nextOwnLead(rep: SimRep, leads: Map<string, PoolLeadState>, now: number): string | null {
  const own = [...rep.own].map((id) => leads.get(id)!);
  const asQueue = own.flatMap((lead, index): (QueueLead & { poolId: string })[] => {
    const status =
      lead.status === 'queued'
        ? 'new'
        : lead.status === 'retry' || lead.status === 'callback'
          ? lead.status
          : null;
    if (status === null) return [];
    return [
      {
        id: index + 1,
        poolId: lead.id,
        status,
        phoneE164: lead.phoneE164,
        timeZone: lead.timeZone,
        createdAt: lead.createdAt,
        attemptCount: lead.attemptCount,
        nextEligibleAt: status === 'retry' ? lead.nextDueAt : null,
        callbackAt: lead.callbackAt,
      },
    ];
  });
  const best = rankQueue(asQueue, now, RULES, () => false)[0];
  if (!best || !isCallable(best.lead, now, RULES, () => false).callable) return null;
  return best.lead.poolId;
}

function newLead(id: string, arrivedAt: number, timeZone: string): PoolLeadState {
  return freshPoolLead(id, arrivedAt, {
    phoneE164: `+1312555${id.replace(/\D/g, '').padStart(4, '0')}`,
    timeZone,
  });
}

/**
 * Two shifts (08:00–16:30 and 10:30–19:00), each rep with a 15-minute break two hours in, a
 * 30-minute lunch four hours in and another 15 minutes at six and a half, staggered by rep.
 */
function buildReps(options: TeamDayOptions, at: (time: string) => number): SimRep[] {
  return Array.from({ length: options.reps }, (_, index) => {
    const early = index < Math.ceil(options.reps / 2);
    const start = at(early ? '08:00' : '10:30');
    const stagger = (index % 5) * 7 * MINUTE_MS;
    const pause = (hoursIn: number, minutes: number): [number, number] => {
      const from = start + hoursIn * 60 * MINUTE_MS + stagger;
      return [from, from + minutes * MINUTE_MS];
    };
    return {
      id: `rep-${String(index + 1).padStart(2, '0')}`,
      shift: [start, start + 8.5 * 60 * MINUTE_MS],
      breaks: [pause(2, 15), pause(4, 30), pause(6.5, 15)],
      call: null,
      offeredAt: new Map(),
      own: new Set(),
      freeSince: start,
      lookAgainAt: 0,
      workMs: 0,
      onShiftMs: 0,
    };
  });
}

function poisson(options: TeamDayOptions, from: number, to: number): number[] {
  const random = derivedRandom(options.seed, 1, options.leadsPerHour);
  const mean = (60 * MINUTE_MS) / options.leadsPerHour;
  const times: number[] = [];
  for (let t = from + exponential(random, mean); t < to; t += exponential(random, mean)) {
    times.push(Math.round(t));
  }
  return times;
}
