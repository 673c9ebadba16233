import { leadDisplayName } from '../../../../shared/domain/lead';
import { messageOf } from './session-errors';
import type { LeadOffer, SessionPorts } from './session-ports';

type LookAhead = Promise<{ ok: true; offer: LeadOffer | null } | { ok: false }>;

/**
 * Where the session gets its leads: it can look up the next one early (while the rep wraps up, so
 * confirming dials without waiting on a query) and hands back any lead it will not use.
 */
export class LeadSupply {
  private lookAhead: LookAhead | null = null;

  constructor(
    private readonly ports: SessionPorts,
    private readonly track: (work: Promise<unknown>) => void,
    private readonly onUnlockFailed: (message: string) => void,
  ) {}

  /** Starts looking up the next lead now, unless a look-up is already under way or done. */
  lookUpEarly(): void {
    if (this.lookAhead) return;
    const lookAhead: LookAhead = Promise.resolve()
      .then(() => this.ports.nextLead())
      .then(
        (offer) => ({ ok: true, offer }),
        () => ({ ok: false }),
      );
    this.lookAhead = lookAhead;
    this.track(lookAhead);
  }

  /** The next lead, from the early look-up when it found one, else from the queue now. */
  async next(): Promise<LeadOffer | null> {
    const early = await this.takeLookAhead();
    if (early?.ok && early.offer) return early.offer;
    // Nothing was callable a moment ago, or the early look-up failed: ask again now.
    return this.ports.nextLead();
  }

  /** Keeps a lead that was already offered to be offered again next (the rep went back a step). */
  putBack(offer: LeadOffer): void {
    if (this.lookAhead) {
      this.track(this.release(offer));
      return;
    }
    this.lookAhead = Promise.resolve({ ok: true, offer });
  }

  /** Hands back the lead looked up early, if any: the session will not dial next after all. */
  async dropLookAhead(): Promise<void> {
    const early = await this.takeLookAhead();
    if (early?.ok && early.offer) await this.release(early.offer);
  }

  /** Unlocking is best effort: a failure is reported and the lock is left to expire. */
  async release(offer: LeadOffer): Promise<void> {
    try {
      await this.ports.releaseLead(offer.lead.id);
    } catch (error) {
      this.onUnlockFailed(`Could not unlock ${leadDisplayName(offer.lead)} (${messageOf(error)})`);
    }
  }

  private async takeLookAhead() {
    const lookAhead = this.lookAhead;
    this.lookAhead = null;
    return lookAhead ? await lookAhead : null;
  }
}
