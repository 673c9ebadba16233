import type { Clock, TimerHandle } from '../../../shared/clock';
import type { TeamCampaign } from '../../../shared/domain/team-campaign';
import type { FloorRepRow } from '../../../shared/floor/floor-view';
import type { FloorPool } from '../../../shared/floor/pool-view';
import type {
  FloorEvent,
  HubToRepMessage,
  PoolDialMessage,
  PoolLease,
  PoolReceivedMessage,
  PoolRevokedMessage,
} from '../../../shared/floor/protocol';
import { CoalescedRun } from '../../core/platform/concurrency/coalesced-run';
import type { Logger } from '../../core/platform/log/logger';
import { DEFAULT_CAMPAIGN_RULES } from '../../core/queue';
import type { HubDatabase } from '../db';
import { attemptResult } from './claims/attempt-result';
import { DEFAULT_CLAIM_POLICY, claimPolicyFor, type ClaimPolicy } from './claims/claim-policy';
import { ClaimStore } from './claims/claim-store';
import { DIAL_REFUSAL_TEXT, RELEASE_TEXT, type ReleaseReason } from './claims/claim-transitions';
import { pendingForReps } from './claims/pending-for-reps';
import { PacedRequest } from './paced-request';
import { TeamDncStore } from './dnc/team-dnc-store';
import { claimHolders, routingReps } from './routing/floor-reps';

export interface PoolServiceDeps {
  db: HubDatabase;
  clock: Clock;
  log: Logger;
  /** The floor's reps, whichever node holds them: connected, session state, fresh leads. */
  reps: () => readonly FloorRepRow[];
  campaigns: () => readonly TeamCampaign[];
  policy?: Partial<ClaimPolicy>;
  /** Leases are renewed and expired claims swept at least this often. */
  tickMs: number;
  /** Undialed pool leads a rep holds at once: its next dial. */
  maxHeldOffers?: number;
  /** The pool as each routing pass leaves it, for the floor. */
  onSummary?: (pool: FloorPool) => void;
}

export type PoolRepMessage = PoolReceivedMessage | PoolRevokedMessage | PoolDialMessage;

/** A rep connected to this node, and what it has been sent on this connection. */
interface RepLink {
  send: (message: HubToRepMessage) => void;
  offers: Map<string, number>;
  revokes: Set<string>;
  dncCursor: number;
}

/**
 * What happens on the floor (a new lead, a dial, an outcome, a rep coming or going) wakes the
 * pool at most this often: a burst shares one pass, and a new lead still reaches a free rep's
 * app well within a second. Under load a pass after every message would hold the database
 * for the passes alone.
 */
const PASS_GAP_MS = 100;

/** Team DNC entries per message: far below the 64 KB frame. */
const DNC_BATCH = 200;

/**
 * The team pool on one hub node. It wakes on a new lead (intake's signal), on floor events,
 * on reps connecting and leaving, on every tick; each wake sweeps the claims and routes the
 * waiting leads in one transaction (ClaimStore), then every node sends its own reps what they
 * should hold: offers, lease renewals and revokes, and the team DNC entries they lack.
 */
export class PoolService {
  readonly claims: ClaimStore;
  readonly dnc: TeamDncStore;
  private readonly links = new Map<string, RepLink>();
  private cursor: string | null = null;
  private readonly routing: CoalescedRun;
  private readonly pushing: CoalescedRun;
  private readonly dncPushing: CoalescedRun;
  private readonly pacedWake: PacedRequest;
  private timer: TimerHandle | null = null;
  private stopped = false;
  private readonly policy: ClaimPolicy;
  private readonly work = new Set<Promise<unknown>>();

  constructor(private readonly deps: PoolServiceDeps) {
    this.claims = new ClaimStore(deps.db);
    this.dnc = new TeamDncStore(deps.db);
    this.policy = { ...DEFAULT_CLAIM_POLICY, ...deps.policy };
    const warn = (what: string) => (error: Error) =>
      deps.log.warn(`the team pool could not ${what}`, { error: error.message });
    this.routing = new CoalescedRun(() => this.route(), warn('route its leads'));
    this.pushing = new CoalescedRun(() => this.pushClaims(), warn('send the reps their leads'));
    this.dncPushing = new CoalescedRun(() => this.pushDnc(), warn('send the team DNC list'));
    this.pacedWake = new PacedRequest(() => this.wake(), PASS_GAP_MS);
  }

  start(): void {
    this.scheduleTick();
    void this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.pacedWake.cancel();
  }

  /** Resolves once no pass, push or handled message is running. */
  async settled(): Promise<void> {
    await Promise.all([...this.work]);
    await this.pacedWake.settled();
    await this.routing.settled();
    await this.pushing.settled();
    await this.dncPushing.settled();
  }

  /** Sweeps and routes now (also on every tick and every signal); resolves when sent. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.routing.request();
  }

  /** Intake stored a lead (on any node): routed with the others of its burst. */
  leadArrived(): Promise<void> {
    return this.pacedWake.request();
  }

  /** Something changed on the floor: routed with whatever else changes within the gap. */
  private soon(): void {
    void this.pacedWake.request();
  }

  /** Another node changed claims or the DNC list: send this node's reps what changed. */
  signalled(what: 'claims' | 'dnc'): Promise<void> {
    return what === 'claims' ? this.pushing.request() : this.dncPushing.request();
  }

  /** After the welcome: the rep's open offers, lost offers and DNC entries after its cursor. */
  repWelcomed(repId: string, send: RepLink['send'], dncCursor: number): void {
    this.links.set(repId, { send, offers: new Map(), revokes: new Set(), dncCursor });
    void this.pushing.request();
    void this.dncPushing.request();
    this.soon();
  }

  /** The rep's socket on this node closed: what it was offered goes back to the pool. */
  repGone(repId: string, send: RepLink['send']): void {
    if (this.links.get(repId)?.send === send) this.links.delete(repId);
    this.soon();
  }

  /** A pool message from a rep connected here. */
  handle(repId: string, message: PoolRepMessage): void {
    const now = this.deps.clock.now();
    switch (message.type) {
      case 'pool-received':
        this.track(this.claims.received(repId, message.offerId, now));
        return;
      case 'pool-revoked':
        this.track(this.claims.revokeAcknowledged(repId, message.offerId, now));
        return;
      case 'pool-dial':
        this.track(this.answerDial(repId, message));
        return;
    }
  }

  /** Stored floor events, in order (every node reads them all; each step is idempotent). */
  eventsStored(events: readonly FloorEvent[]): void {
    let wake = false;
    for (const event of events) {
      // Only an outcome settles a pool lead, and its withdrawal (undo) reopens it: the rep also
      // reports a dial as it starts, is answered and ends (no outcome code then).
      if (event.type === 'attempt' && event.poolLeadId !== undefined) {
        if (event.outcomeCode !== null && !event.calledOff) {
          this.track(
            this.recordAttempt({ ...event, outcomeCode: event.outcomeCode }, event.poolLeadId),
          );
        } else if (event.outcomeWithdrawn) {
          this.track(
            this.claims.withdrawOutcome(
              { attemptId: event.attemptId, leadId: event.poolLeadId, repId: event.repId },
              this.deps.clock.now(),
              (campaignId) => this.policyOf(campaignId),
            ),
          );
        }
      } else if (event.type === 'dnc-added') {
        this.track(this.addDnc(event.phoneE164, event.repId, event.reason));
      } else if (event.type === 'state' || event.type === 'lead-waiting') wake = true;
    }
    if (wake) this.soon();
  }

  /** The supervisor (or a rep's event) puts a number on the team's list. */
  async addDnc(phoneE164: string, by: string, reason: string | null): Promise<boolean> {
    const { added } = await this.dnc.add(phoneE164, by, reason, this.deps.clock.now());
    if (added) {
      await this.dncPushing.request();
      await this.pushing.request();
    }
    return added;
  }

  private async route(): Promise<void> {
    const rows = this.deps.reps();
    const campaigns = this.deps.campaigns();
    const rules = new Map(campaigns.map((c) => [c.id, c.rules]));
    const result = await this.claims.pass({
      now: this.deps.clock.now(),
      reps: routingReps(rows, campaigns),
      holderOf: claimHolders(rows),
      policyOf: (campaignId) => this.policyOf(campaignId),
      rulesOf: (campaignId) => rules.get(campaignId) ?? DEFAULT_CAMPAIGN_RULES,
      campaignIds: [...rules.keys()],
      cursor: this.cursor,
      maxHeldOffers: this.deps.maxHeldOffers ?? 1,
    });
    this.cursor = result.cursor;
    this.deps.onSummary?.(result.summary);
    for (const offer of result.offers) {
      if (offer.movedFrom !== null) {
        this.deps.log.info('a callback moved to another rep', { ...offer });
      }
    }
    // Not awaited: the next pass may start while the reps are sent what this one decided.
    void this.pushing.request();
  }

  private async pushClaims(): Promise<void> {
    const pending = await pendingForReps(this.deps.db, [...this.links.keys()]);
    const hubNow = this.deps.clock.now();
    const leases = new Map<string, PoolLease[]>();
    const open = new Map<string, Set<string>>();
    for (const offer of pending.offers) {
      const link = this.links.get(offer.repId);
      if (!link) continue;
      const repOffers = open.get(offer.repId) ?? new Set<string>();
      repOffers.add(offer.offerId);
      open.set(offer.repId, repOffers);
      const sent = link.offers.get(offer.offerId);
      if (sent === undefined) {
        link.send({
          type: 'pool-offer',
          offerId: offer.offerId,
          lead: offer.lead,
          claimUntil: offer.claimUntil,
          hubNow,
        });
      } else if (sent !== offer.claimUntil) {
        const list = leases.get(offer.repId) ?? [];
        list.push({ leadId: offer.lead.id, claimUntil: offer.claimUntil });
        leases.set(offer.repId, list);
      }
      link.offers.set(offer.offerId, offer.claimUntil);
    }
    for (const [repId, list] of leases) {
      this.links.get(repId)?.send({ type: 'pool-lease', leases: list, hubNow });
    }
    for (const [repId, link] of this.links) {
      const still = open.get(repId);
      for (const offerId of link.offers.keys())
        if (!still?.has(offerId)) link.offers.delete(offerId);
    }
    for (const revoke of pending.revokes) {
      const link = this.links.get(revoke.repId);
      if (!link || link.revokes.has(revoke.offerId)) continue;
      link.revokes.add(revoke.offerId);
      link.send({
        type: 'pool-revoke',
        leadId: revoke.leadId,
        offerId: revoke.offerId,
        reason: releaseText(revoke.reason),
      });
    }
  }

  private async pushDnc(): Promise<void> {
    for (const link of [...this.links.values()]) {
      for (;;) {
        const entries = await this.dnc.after(link.dncCursor, DNC_BATCH);
        const last = entries.at(-1);
        if (!last) break;
        link.send({
          type: 'team-dnc',
          entries: entries.map(({ id: _id, ...entry }) => entry),
          cursor: last.id,
        });
        link.dncCursor = last.id;
        if (entries.length < DNC_BATCH) break;
      }
    }
  }

  private async answerDial(repId: string, message: PoolDialMessage): Promise<void> {
    const verdict = await this.claims.dial(
      repId,
      message.leadId,
      message.offerId,
      this.deps.clock.now(),
      (campaignId) => this.policyOf(campaignId),
    );
    this.links.get(repId)?.send({
      type: 'pool-dial-answer',
      requestId: message.requestId,
      ok: verdict.ok,
      ...(verdict.ok ? {} : { reason: DIAL_REFUSAL_TEXT[verdict.reason] }),
    });
    // The rep's next lead: it holds no undialed offer now.
    if (verdict.ok) this.soon();
  }

  private async recordAttempt(
    event: Extract<FloorEvent, { type: 'attempt' }> & { outcomeCode: string },
    leadId: string,
  ): Promise<void> {
    const at = event.recordedAt ?? event.endedAt ?? event.startedAt;
    await this.claims.recordAttempt(
      {
        attemptId: event.attemptId,
        leadId,
        repId: event.repId,
        startedAt: event.startedAt,
        outcomeCode: event.outcomeCode,
        contact: event.contact,
        conversion: event.conversion,
        recordedAt: at,
      },
      (lead, attemptsBefore) => {
        const campaign = this.deps.campaigns().find((c) => c.id === lead.campaignId);
        return attemptResult(
          lead,
          attemptsBefore,
          { outcomeCode: event.outcomeCode, at, callbackAt: event.callbackAt ?? null },
          campaign?.rules ?? DEFAULT_CAMPAIGN_RULES,
          campaign?.dispositions ?? [],
        );
      },
    );
    this.soon();
  }

  /** The hub's claim policy with the claim time of the lead's team campaign. */
  private policyOf(campaignId: string): ClaimPolicy {
    const campaign = this.deps.campaigns().find((c) => c.id === campaignId);
    return claimPolicyFor(this.policy, campaign?.claimMinutes);
  }

  private track(promise: Promise<unknown>): void {
    const tracked = promise
      .catch((error: unknown) =>
        this.deps.log.warn('the team pool could not handle a message', {
          error: (error as Error).message,
        }),
      )
      .finally(() => this.work.delete(tracked));
    this.work.add(tracked);
  }

  private scheduleTick(): void {
    if (this.stopped) return;
    this.timer = this.deps.clock.setTimer(() => {
      void this.wake().finally(() => this.scheduleTick());
    }, this.deps.tickMs);
  }
}

function releaseText(reason: string): string {
  const known = RELEASE_TEXT[reason as ReleaseReason] as string | undefined;
  return known
    ? `The lead went back to the team pool: ${known}.`
    : 'The lead went back to the team pool.';
}
