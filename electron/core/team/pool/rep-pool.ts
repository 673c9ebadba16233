import crypto from 'node:crypto';
import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { LeadId } from '../../../../shared/domain/lead';
import type {
  HubPushMessage,
  PoolDialAnswerMessage,
  PoolLeaseMessage,
  PoolOfferMessage,
  PoolRevokeMessage,
} from '../../../../shared/floor/protocol';
import type { Dialability, OutcomeCompanion, RecordedOutcome } from '../../dialing';
import type { HubChannel, HubLink } from '../../floor';
import type { Logger } from '../../platform/log/logger';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import type { SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import { DEFAULT_CAMPAIGN_RULES, type CampaignRules } from '../../queue';
import { HubClock } from './hub-clock';
import { offerWrite } from './offer-write';
import { PoolLeadMarks, type PoolLeadMark } from './pool-lead-marks';
import { POOL_WORDS } from './pool-words';

export interface RepPoolDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  rulesFor: (campaignId: string) => Promise<CampaignRules | null>;
  /** The lead is on a call of this rep's right now (dialing, ringing, talking or in wrap-up). */
  onCall: (leadId: LeadId) => boolean;
  /** Leads came into the queue or left it. */
  queueChanged: () => void;
  /** How long a dial waits for the hub's answer. */
  dialAnswerMs?: number;
}

/** A claim is taken as over this long before the hub's clock (as estimated here) reaches it. */
export const CLAIM_SKEW_MARGIN_MS = 2_000;
export const DIAL_ANSWER_MS = 2_000;
/** A team lead that could not be dialed for want of the hub waits this long before its next try. */
const UNREACHABLE_RETRY_MS = 15_000;

/**
 * The rep's side of the team pool. Offers are stored durably before they are acknowledged, once
 * per offer id; renewals move the claim; a revoke takes the lead out of the queue (never the lead
 * of a call in progress). Before a team lead is dialed, the hub must say yes: a pool lead is never
 * dialed on the rep's word alone, so no lead is dialed by two reps at once.
 */
export class RepPool implements HubChannel, OutcomeCompanion {
  private readonly byLead = new Map<LeadId, PoolLeadMark>();
  private readonly byPoolId = new Map<string, PoolLeadMark>();
  private readonly hubClock: HubClock;
  private readonly serial = new SerialQueue();
  private readonly dialWaits = new Map<string, (answer: PoolDialAnswerMessage | null) => void>();
  private link: HubLink | null = null;
  /** Leads this rep's own outcome handed back (the rest left because the hub took them). */
  private readonly handedBack = new Set<LeadId>();

  private constructor(private readonly deps: RepPoolDeps) {
    this.hubClock = new HubClock(() => deps.clock.now());
  }

  static async open(deps: RepPoolDeps): Promise<RepPool> {
    const pool = new RepPool(deps);
    for (const mark of await PoolLeadMarks.all(deps.store)) pool.remember(mark);
    return pool;
  }

  /** The pool's id of a lead of this rep's store, if the pool gave it. */
  poolLeadOf(leadId: LeadId): string | null {
    return this.byLead.get(leadId)?.poolLeadId ?? null;
  }

  received(message: HubPushMessage): void {
    switch (message.type) {
      case 'pool-offer':
        void this.serial.run(() => this.offered(message));
        return;
      case 'pool-lease':
        void this.serial.run(() => this.leased(message));
        return;
      case 'pool-revoke':
        void this.serial.run(() => this.revoked(message));
        return;
      case 'pool-dial-answer':
        this.dialWaits.get(message.requestId)?.(message);
        return;
      default:
        return;
    }
  }

  connectedChanged(link: HubLink | null): void {
    this.link = link;
    if (link) return;
    for (const answer of [...this.dialWaits.values()]) answer(null);
  }

  /**
   * The dial-time check of a team lead (a lead not from the pool passes): the claim still holds
   * on the hub's clock as estimated here, then the hub says this rep may dial it now.
   */
  async checkDial(leadId: LeadId): Promise<Dialability> {
    const mark = this.byLead.get(leadId);
    if (!mark) return { ok: true };
    if (mark.releasedAt !== null) {
      const reason = this.handedBack.has(leadId)
        ? POOL_WORDS.backInPool
        : POOL_WORDS.wentToAnotherRep;
      return { ok: false, reason };
    }
    const link = this.link;
    const hubNow = this.hubClock.now();
    if (!link || hubNow === null) return this.unreachable();
    if (hubNow + CLAIM_SKEW_MARGIN_MS >= mark.claimUntil) {
      return { ok: false, reason: POOL_WORDS.claimRanOut, until: this.retryAt() };
    }
    const answer = await this.askHub(link, mark);
    if (answer === null) return this.unreachable();
    if (answer.ok) return { ok: true };
    await this.serial.run(() => this.release(mark, 'the hub refused the dial'));
    return { ok: false, reason: POOL_WORDS.wentToAnotherRep };
  }

  /**
   * An outcome on a team lead hands it back to the pool: the pool decides what comes next. Taken
   * as handed back from here on, even if the outcome's write fails: a lead is never dialed on a
   * claim the rep may have given up.
   */
  statementsFor(outcome: RecordedOutcome): SqlStatement[] {
    const mark = this.byLead.get(outcome.attempt.leadId);
    if (!mark) return [];
    if (mark.releasedAt === null) {
      this.remember({ ...mark, releasedAt: outcome.recordedAt });
      this.handedBack.add(mark.leadId);
    }
    return PoolLeadMarks.release(mark.leadId, outcome.recordedAt);
  }

  written(): void {
    // Nothing to send: the outbox carries the attempt (with poolLeadId) to the hub.
  }

  /** Resolves once every message received so far is handled (tests). */
  settled(): Promise<void> {
    return this.serial.drained();
  }

  private async offered(offer: PoolOfferMessage): Promise<void> {
    this.hubClock.observe(offer.hubNow);
    const held = this.byPoolId.get(offer.lead.id) ?? null;
    if (held?.offerId === offer.offerId) {
      this.reply({ type: 'pool-received', offerId: offer.offerId });
      return;
    }
    const rules = (await this.deps.rulesFor(offer.lead.campaignId)) ?? DEFAULT_CAMPAIGN_RULES;
    const now = this.deps.clock.now();
    try {
      await this.deps.store.write(offerWrite(offer, held, rules, now));
    } catch (error) {
      // Not acknowledged: the hub offers it again after the next welcome.
      this.deps.log.warn('a team lead could not be stored', {
        offerId: offer.offerId,
        error: (error as Error).message,
      });
      return;
    }
    const stored = await this.reload(offer.lead.id);
    this.reply({ type: 'pool-received', offerId: offer.offerId });
    if (stored)
      this.deps.log.info('team lead received', { leadId: stored.leadId, offerId: offer.offerId });
    this.deps.queueChanged();
  }

  private async leased(message: PoolLeaseMessage): Promise<void> {
    this.hubClock.observe(message.hubNow);
    const renewed: PoolLeadMark[] = [];
    for (const lease of message.leases) {
      const mark = this.byPoolId.get(lease.leadId);
      if (mark && mark.releasedAt === null && mark.claimUntil !== lease.claimUntil) {
        renewed.push({ ...mark, claimUntil: lease.claimUntil });
      }
    }
    if (renewed.length === 0) return;
    try {
      await this.deps.store.write(
        renewed.map((mark) => PoolLeadMarks.renew(mark.leadId, mark.claimUntil)),
      );
    } catch (error) {
      this.deps.log.warn('team lead renewals could not be stored', {
        error: (error as Error).message,
      });
    }
    // Held in memory either way: the claim is the hub's, the store only remembers it.
    renewed.forEach((mark) => this.remember(mark));
  }

  private async revoked(message: PoolRevokeMessage): Promise<void> {
    const mark = this.byPoolId.get(message.leadId);
    if (mark && mark.offerId === message.offerId && mark.releasedAt === null) {
      if (this.deps.onCall(mark.leadId)) {
        // The hub holds a lead being dialed for its dialer; its outcome settles it.
        this.deps.log.warn('the hub revoked the team lead of a call in progress; kept', {
          leadId: mark.leadId,
          offerId: message.offerId,
        });
        return;
      }
      if (!(await this.release(mark, message.reason))) return;
    }
    this.reply({ type: 'pool-revoked', offerId: message.offerId });
  }

  /** Out of the queue, durably; false when the store refused (the hub asks again). */
  private async release(mark: PoolLeadMark, why: string): Promise<boolean> {
    const current = this.byLead.get(mark.leadId);
    if (!current || current.releasedAt !== null) return true;
    const now = this.deps.clock.now();
    try {
      await this.deps.store.write(PoolLeadMarks.release(mark.leadId, now));
    } catch (error) {
      this.deps.log.warn('a team lead could not be taken out of the queue', {
        leadId: mark.leadId,
        error: (error as Error).message,
      });
      return false;
    }
    this.remember({ ...current, releasedAt: now });
    this.deps.log.info('team lead left the queue', { leadId: mark.leadId, why });
    this.deps.queueChanged();
    return true;
  }

  private askHub(link: HubLink, mark: PoolLeadMark): Promise<PoolDialAnswerMessage | null> {
    const requestId = crypto.randomUUID();
    return new Promise((resolve) => {
      let timer: TimerHandle | null = null;
      const finish = (answer: PoolDialAnswerMessage | null) => {
        timer?.cancel();
        this.dialWaits.delete(requestId);
        resolve(answer);
      };
      this.dialWaits.set(requestId, finish);
      timer = this.deps.clock.setTimer(
        () => finish(null),
        this.deps.dialAnswerMs ?? DIAL_ANSWER_MS,
      );
      const sent = link.send({
        type: 'pool-dial',
        requestId,
        leadId: mark.poolLeadId,
        offerId: mark.offerId,
      });
      if (!sent) finish(null);
    });
  }

  private unreachable(): Dialability {
    return { ok: false, reason: POOL_WORDS.hubUnreachable, until: this.retryAt() };
  }

  private retryAt(): number {
    return this.deps.clock.now() + UNREACHABLE_RETRY_MS;
  }

  private reply(message: { type: 'pool-received' | 'pool-revoked'; offerId: string }): void {
    this.link?.send(message);
  }

  private async reload(poolLeadId: string): Promise<PoolLeadMark | null> {
    const mark = await PoolLeadMarks.byPoolLeadId(this.deps.store, poolLeadId);
    if (mark) this.remember(mark);
    return mark;
  }

  private remember(mark: PoolLeadMark): void {
    if (mark.releasedAt === null) this.handedBack.delete(mark.leadId);
    this.byLead.set(mark.leadId, mark);
    this.byPoolId.set(mark.poolLeadId, mark);
  }
}
