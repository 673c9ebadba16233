/**
 * A team on a hub, simulated step by step: the hub's pool decisions are the real ones
 * (sweepClaims, routeOffers, offerLead, acceptDial, recordAttempt); the network delivers each
 * connection's messages in order and drops them when it breaks; the reps behave like the rep's
 * app: they store offers, check the lease on their own (skewed) clock and dial a pool lead only
 * after the hub's pool-dial answer says ok. It records every call it places, so a test can
 * check that no lead is ever dialed by two reps at once and no lead gets a second first call.
 */
import { MINUTE_MS } from '../../../../shared/clock';
import { DEFAULT_CAMPAIGN_RULES, type CampaignRules } from '../../../../electron/core/queue';
import { DEFAULT_CLAIM_POLICY } from '../../../../electron/hub/pool/claims/claim-policy';
import {
  DIAL_REFUSAL_TEXT,
  acceptDial,
  offerLead,
  recordAttempt,
  releaseClaim,
  type PoolAttemptResult,
} from '../../../../electron/hub/pool/claims/claim-transitions';
import {
  offerIdOf,
  type PoolLeadState,
} from '../../../../electron/hub/pool/claims/pool-lead-state';
import { sweepClaims } from '../../../../electron/hub/pool/claims/sweep-claims';
import { routeOffers } from '../../../../electron/hub/pool/routing/route-offers';
import type { RoutingRep } from '../../../../electron/hub/pool/routing/routing-rep';
import { freshPoolLead } from '../../../support/pool-lead';

export const SIM_RULES: CampaignRules = {
  ...DEFAULT_CAMPAIGN_RULES,
  callingWindow: {
    start: '00:00',
    end: '24:00',
    weekdays: DEFAULT_CAMPAIGN_RULES.callingWindow.weekdays,
  },
};
const POLICY = DEFAULT_CLAIM_POLICY;
/** The rep's own margin on its estimate of the hub's clock. */
const REP_SKEW_MARGIN_MS = 5_000;
/**
 * The longest call: the no-double-dial guarantee holds while a call ends within the hub's
 * dialing hold (2 h), since a rep gone that long without a report gives the lead back.
 */
const MAX_CALL_MS = 60 * MINUTE_MS;
const OWN_LEAD = 'own-import';

type ToRep =
  | { type: 'offer'; offerId: string; leadId: string; claimUntil: number; hubNow: number }
  | { type: 'lease'; leadId: string; claimUntil: number; hubNow: number }
  | { type: 'revoke'; leadId: string; offerId: string }
  | { type: 'dial-answer'; requestId: number; ok: boolean };

type ToHub =
  | { type: 'state'; paused: boolean; onCall: boolean }
  | { type: 'received'; offerId: string }
  | { type: 'dial'; requestId: number; leadId: string; offerId: string }
  | {
      type: 'attempt';
      attemptId: string;
      leadId: string;
      startedAt: number;
      result: PoolAttemptResult;
    };

interface LocalOffer {
  offerId: string;
  claimUntil: number;
  /** hub clock minus the rep's clock, as seen when the offer or lease arrived. */
  hubOffset: number;
}

class SimRep {
  connected = false;
  paused = false;
  call: { leadId: string; attemptId: string; startedAt: number } | null = null;
  pendingDial: { requestId: number; leadId: string } | null = null;
  readonly offers = new Map<string, LocalOffer>();
  /** The durable outbox: kept until the hub has it, resent after every reconnect. */
  outbox: ToHub[] = [];
  toRep: ToRep[] = [];
  toHub: ToHub[] = [];

  constructor(
    readonly repId: string,
    readonly skewMs: number,
  ) {}
}

export type Outcome = 'done' | 'retry' | 'callback';

export class PoolSim {
  now = Date.UTC(2026, 11, 7, 9, 0, 0);
  readonly leads = new Map<string, PoolLeadState>();
  readonly dnc = new Set<string>();
  readonly reps: SimRep[];
  /** Volatile: lost when the hub restarts. */
  private hubSockets = new Set<string>();
  private repStates = new Map<string, { paused: boolean; onCall: boolean }>();
  private cursor: string | null = null;
  private nextLead = 1;
  private nextRequest = 1;
  private nextAttempt = 1;
  /** Every call placed: the invariants are read from here. */
  readonly activeCalls = new Map<string, string>();
  readonly violations: string[] = [];
  /** Calls placed per lead: a lead called before must never wait as a new lead again. */
  readonly calls = new Map<string, number>();
  readonly offered = new Set<string>();

  constructor(repCount: number, skews: readonly number[]) {
    this.reps = Array.from(
      { length: repCount },
      (_, i) => new SimRep(`rep-${i + 1}`, skews[i % skews.length] ?? 0),
    );
  }

  arrive(phoneIndex: number): void {
    const id = `lead-${this.nextLead++}`;
    this.leads.set(
      id,
      freshPoolLead(id, this.now, {
        phoneE164: `+1303555${String(1000 + phoneIndex).padStart(4, '0')}`,
      }),
    );
    this.tick(); // intake wakes the pool
  }

  /** Time passes; a call that reaches the longest a call lasts is cut by the line. */
  advance(ms: number): void {
    this.now += ms;
    this.reps.forEach((rep, index) => {
      if (rep.call && this.now - rep.call.startedAt >= MAX_CALL_MS)
        this.hangUp(index, 'retry', MINUTE_MS);
    });
  }

  connect(index: number): void {
    const rep = this.rep(index);
    if (rep.connected) return;
    rep.connected = true;
    rep.toRep = [];
    rep.toHub = [];
    this.hubSockets.add(rep.repId);
    // hello: the outbox is resent; the hub resends the rep's open offers and leases.
    rep.toHub.push(...rep.outbox, this.stateOf(rep));
    for (const lead of this.leads.values()) {
      if (lead.assignedRep !== rep.repId) continue;
      if (lead.status === 'assigned') rep.toRep.push(this.offerMessage(lead));
    }
  }

  disconnect(index: number): void {
    const rep = this.rep(index);
    if (!rep.connected) return;
    rep.connected = false;
    rep.toRep = [];
    rep.toHub = [];
    rep.pendingDial = null;
    this.hubSockets.delete(rep.repId);
  }

  /** The hub process dies and starts again: sockets, routing cursor and in-flight messages go. */
  restartHub(): void {
    for (let i = 0; i < this.reps.length; i += 1) this.disconnect(i);
    this.hubSockets = new Set();
    this.cursor = null;
  }

  setPaused(index: number, paused: boolean): void {
    const rep = this.rep(index);
    if (rep.paused === paused || (paused && rep.call)) return;
    rep.paused = paused;
    this.publish(rep, this.stateOf(rep));
  }

  addDnc(phoneIndex: number): void {
    this.dnc.add(`+1303555${String(1000 + phoneIndex).padStart(4, '0')}`);
  }

  /** The rep's app: the first stored offer whose lease holds on its estimate of the hub clock. */
  tryDial(index: number): void {
    const rep = this.rep(index);
    if (!rep.connected || rep.paused || rep.call || rep.pendingDial) return;
    for (const [leadId, offer] of rep.offers) {
      const hubEstimate = this.repNow(rep) + offer.hubOffset;
      if (hubEstimate + REP_SKEW_MARGIN_MS >= offer.claimUntil) {
        rep.offers.delete(leadId);
        continue;
      }
      const requestId = this.nextRequest++;
      rep.pendingDial = { requestId, leadId };
      rep.toHub.push({ type: 'dial', requestId, leadId, offerId: offer.offerId });
      return;
    }
  }

  /** The rep dials a lead of its own import (not the pool's): it is on a call, holding its offer. */
  ownCall(index: number): void {
    const rep = this.rep(index);
    if (!rep.connected || rep.paused || rep.call || rep.pendingDial) return;
    rep.call = { leadId: OWN_LEAD, attemptId: `own-${this.nextAttempt++}`, startedAt: this.now };
    this.publish(rep, this.stateOf(rep));
  }

  hangUp(index: number, outcome: Outcome, laterMs: number): void {
    const rep = this.rep(index);
    if (!rep.call) return;
    const { leadId, attemptId, startedAt } = rep.call;
    rep.call = null;
    if (leadId === OWN_LEAD) {
      this.publish(rep, this.stateOf(rep));
      return;
    }
    this.activeCalls.delete(leadId);
    const result: PoolAttemptResult =
      outcome === 'done'
        ? { status: 'done', nextDueAt: null, callbackAt: null }
        : outcome === 'callback'
          ? { status: 'callback', nextDueAt: null, callbackAt: this.now + laterMs }
          : { status: 'retry', nextDueAt: this.now + laterMs, callbackAt: null };
    this.publish(rep, { type: 'attempt', attemptId, leadId, startedAt, result });
    this.publish(rep, this.stateOf(rep));
  }

  /** Delivers the next message on one side of a rep's connection, if there is one. */
  deliver(index: number, toHub: boolean): void {
    const rep = this.rep(index);
    if (!rep.connected) return;
    if (toHub) {
      const message = rep.toHub.shift();
      if (message) this.hubReceives(rep, message);
    } else {
      const message = rep.toRep.shift();
      if (message) this.repReceives(rep, message);
    }
  }

  /** The hub wakes: claims swept, then the waiting leads routed. */
  tick(): void {
    const held = [...this.leads.values()].filter(
      (lead) => lead.status === 'assigned' || lead.status === 'dialing',
    );
    const changes = sweepClaims(
      held,
      this.now,
      (repId) => ({
        live: this.hubSockets.has(repId),
        paused: this.repStates.get(repId)?.paused ?? false,
      }),
      () => POLICY,
      () => SIM_RULES.cadence.maxAttempts,
    );
    for (const change of changes) {
      this.leads.set(change.after.id, change.after);
      const rep = this.reps.find((r) => r.repId === change.repId);
      if (!rep?.connected) continue;
      if (change.revoked) {
        rep.toRep.push({
          type: 'revoke',
          leadId: change.after.id,
          offerId: change.revoked.offerId,
        });
      } else if (change.after.status === 'assigned' && change.after.claimUntil !== null) {
        rep.toRep.push({
          type: 'lease',
          leadId: change.after.id,
          claimUntil: change.after.claimUntil,
          hubNow: this.now,
        });
      }
    }
    this.route();
  }

  /** Every lead settled: done, or its number on the do-not-call list. */
  unsettled(): PoolLeadState[] {
    return [...this.leads.values()].filter(
      (lead) => lead.status !== 'done' && !this.dnc.has(lead.phoneE164),
    );
  }

  rep(index: number): SimRep {
    return this.reps[index % this.reps.length]!;
  }

  private route(): void {
    const reps: RoutingRep[] = this.reps.map((rep) => {
      const state = this.repStates.get(rep.repId);
      const live = this.hubSockets.has(rep.repId);
      return {
        repId: rep.repId,
        availability: !live
          ? 'offline'
          : state?.paused
            ? 'paused'
            : state?.onCall
              ? 'on-call'
              : 'free',
        campaigns: 'all',
        freshWaiting: 0,
        heldOffers: [...this.leads.values()].filter(
          (lead) => lead.status === 'assigned' && lead.assignedRep === rep.repId,
        ).length,
      };
    });
    const waiting = [...this.leads.values()].filter(
      (lead) => lead.status === 'queued' || lead.status === 'retry' || lead.status === 'callback',
    );
    const plan = routeOffers({
      now: this.now,
      reps,
      waiting,
      offered: [...this.leads.values()].filter((lead) => lead.status === 'assigned'),
      rulesOf: () => SIM_RULES,
      isDnc: (phone) => this.dnc.has(phone),
      cursor: this.cursor,
      maxHeldOffers: 1,
      callbackOwnerGraceMs: 15 * MINUTE_MS,
    });
    this.cursor = plan.cursor;
    for (const move of plan.moves) {
      const before = this.leads.get(move.leadId)!;
      const from = this.reps.find((r) => r.repId === move.fromRep)!;
      if (from.connected) {
        from.toRep.push({ type: 'revoke', leadId: move.leadId, offerId: offerIdOf(before) });
      }
      const lead = offerLead(releaseClaim(before, 'moved'), move.toRep, this.now, POLICY);
      this.leads.set(move.leadId, lead);
      this.reps.find((r) => r.repId === move.toRep)!.toRep.push(this.offerMessage(lead));
    }
    for (const { leadId, repId } of plan.offers) {
      const waiting = this.leads.get(leadId)!;
      if (waiting.status === 'queued' && this.calls.has(leadId)) {
        this.violations.push(`${leadId} offered as a new lead after a call: a second first call`);
      }
      const lead = offerLead(waiting, repId, this.now, POLICY);
      this.leads.set(leadId, lead);
      this.offered.add(leadId);
      const rep = this.reps.find((r) => r.repId === repId)!;
      rep.toRep.push(this.offerMessage(lead));
    }
  }

  private hubReceives(rep: SimRep, message: ToHub): void {
    switch (message.type) {
      case 'state':
        this.repStates.set(rep.repId, { paused: message.paused, onCall: message.onCall });
        this.acked(rep, message);
        this.tick(); // a floor event wakes the pool
        return;
      case 'received':
        return;
      case 'dial': {
        const lead = this.leads.get(message.leadId);
        const verdict = lead
          ? acceptDial(
              lead,
              rep.repId,
              message.offerId,
              this.now,
              POLICY,
              this.dnc.has(lead.phoneE164),
            )
          : ({ ok: false, reason: 'no-such-offer' } as const);
        if (verdict.ok) this.leads.set(message.leadId, verdict.lead);
        else if (!DIAL_REFUSAL_TEXT[verdict.reason]) throw new Error('unknown refusal');
        rep.toRep.push({ type: 'dial-answer', requestId: message.requestId, ok: verdict.ok });
        return;
      }
      case 'attempt': {
        const lead = this.leads.get(message.leadId);
        const seen = this.seenAttempts.has(message.attemptId);
        this.seenAttempts.add(message.attemptId);
        if (lead) {
          this.leads.set(
            lead.id,
            recordAttempt(lead, {
              repId: rep.repId,
              startedAt: message.startedAt,
              outcomeCode: message.result.status,
              result: message.result,
              firstReport: !seen,
            }),
          );
        }
        this.acked(rep, message);
        this.tick();
        return;
      }
    }
  }

  private readonly seenAttempts = new Set<string>();

  private repReceives(rep: SimRep, message: ToRep): void {
    const hubOffset =
      message.type === 'offer' || message.type === 'lease' ? message.hubNow - this.repNow(rep) : 0;
    switch (message.type) {
      case 'offer':
        rep.offers.set(message.leadId, {
          offerId: message.offerId,
          claimUntil: message.claimUntil,
          hubOffset,
        });
        rep.toHub.push({ type: 'received', offerId: message.offerId });
        return;
      case 'lease': {
        const offer = rep.offers.get(message.leadId);
        if (offer)
          rep.offers.set(message.leadId, { ...offer, claimUntil: message.claimUntil, hubOffset });
        return;
      }
      case 'revoke':
        if (rep.offers.get(message.leadId)?.offerId === message.offerId)
          rep.offers.delete(message.leadId);
        return;
      case 'dial-answer': {
        const pending = rep.pendingDial;
        if (!pending || pending.requestId !== message.requestId) return;
        rep.pendingDial = null;
        rep.offers.delete(pending.leadId);
        if (!message.ok || rep.paused) return;
        this.placeCall(rep, pending.leadId);
        return;
      }
    }
  }

  private placeCall(rep: SimRep, leadId: string): void {
    const other = this.activeCalls.get(leadId);
    if (other !== undefined)
      this.violations.push(`${leadId} dialed by ${rep.repId} while ${other} was on it`);
    const held = this.leads.get(leadId);
    if (held?.status !== 'dialing' || held.assignedRep !== rep.repId) {
      this.violations.push(
        `${leadId} dialed by ${rep.repId}, but the hub holds it for ${held?.assignedRep ?? 'nobody'}`,
      );
    }
    this.calls.set(leadId, (this.calls.get(leadId) ?? 0) + 1);
    this.activeCalls.set(leadId, rep.repId);
    rep.call = { leadId, attemptId: `attempt-${this.nextAttempt++}`, startedAt: this.now };
    this.publish(rep, this.stateOf(rep));
  }

  private publish(rep: SimRep, message: ToHub): void {
    rep.outbox.push(message);
    if (rep.connected) rep.toHub.push(message);
  }

  private acked(rep: SimRep, message: ToHub): void {
    rep.outbox = rep.outbox.filter((m) => m !== message);
  }

  private stateOf(rep: SimRep): ToHub {
    return { type: 'state', paused: rep.paused, onCall: rep.call !== null };
  }

  private offerMessage(lead: PoolLeadState): ToRep {
    return {
      type: 'offer',
      offerId: offerIdOf(lead),
      leadId: lead.id,
      claimUntil: lead.claimUntil ?? this.now,
      hubNow: this.now,
    };
  }

  private repNow(rep: SimRep): number {
    return this.now + rep.skewMs;
  }
}
