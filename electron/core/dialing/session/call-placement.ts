import { leadDisplayName } from '../../../../shared/domain/lead';
import { DomainError } from '../../../../shared/result';
import { endedAttempt } from './attempt-facts';
import type { CallLeg } from './call-leg';
import type { PendingDial } from './pending-dials';
import type { SessionCore } from './session-core';
import { messageOf } from './session-errors';
import type { Dialability, LeadOffer } from './session-ports';

export type PlaceResult = 'placed' | 'not-dialable' | 'stopped';

/** Leads in a row the dial-time check may refuse before the session stops and says so. */
const MAX_REFUSED_IN_A_ROW = 20;

/**
 * From the queue to a placed call: the next lead, the dial-time check, the stored attempt, then
 * the dial. A hang-up or pause that arrives meanwhile takes over before anything rings.
 */
export class CallPlacement {
  constructor(
    private readonly core: SessionCore,
    private readonly callLeg: CallLeg,
  ) {}

  /** Puts the next callable lead in front of the rep: dialed in power mode, shown in preview. */
  async advance(pending: PendingDial): Promise<void> {
    const { core } = this;
    for (let refused = 0; refused < MAX_REFUSED_IN_A_ROW; refused++) {
      let offer: LeadOffer | null;
      try {
        offer = await core.leads.next();
      } catch (error) {
        throw core.fail(
          error,
          (cause) => `Could not get the next lead (${cause})`,
          () => core.setState({ name: 'idle', reason: 'error' }),
        );
      }
      if (await this.honorInterruption(pending, offer)) return;
      if (!offer) return core.setState({ name: 'idle', reason: 'queue-empty' });
      if (core.config.mode === 'preview') return core.setState({ name: 'preview', offer });
      if ((await this.place(offer, pending)) !== 'not-dialable') return;
    }
    throw core.fail(
      new DomainError(
        'conflict',
        `${MAX_REFUSED_IN_A_ROW} leads in a row failed the dial-time check`,
      ),
      (cause) => `Stopped dialing: ${cause}; the queue and the dialing rules disagree`,
      () => core.setState({ name: 'idle', reason: 'error' }),
    );
  }

  /** Dial-time check, stored attempt, then the dial itself; never places a call it cannot store. */
  async place(offer: LeadOffer, pending: PendingDial, chosenByRep = false): Promise<PlaceResult> {
    const { core } = this;
    let dialability: Dialability;
    try {
      dialability = await core.ports.isDialable(offer.lead, chosenByRep);
    } catch (error) {
      throw core.fail(
        error,
        (cause) =>
          `Could not check whether ${nameOf(offer)} may be called (${cause}); nothing was dialed`,
        () => core.setState({ name: 'preview', offer }),
      );
    }
    if (await this.honorInterruption(pending, offer)) return 'stopped';
    if (!dialability.ok) {
      await this.setAsideRefused(offer, dialability.reason, dialability.until);
      return 'not-dialable';
    }
    const call = this.callLeg.newCall(offer);
    core.setState({ name: 'dialing', offer, call });
    try {
      await core.ports.startAttempt(call.attempt);
    } catch (error) {
      throw core.fail(
        error,
        (cause) => `Could not save the attempt (${cause}), so ${nameOf(offer)} was not dialed`,
        () => core.setState({ name: 'preview', offer }),
      );
    }
    if (pending.aborted || pending.pauseWith) {
      call.attempt = endedAttempt(call.attempt, core.clock.now(), 'canceled');
      await this.callLeg.saveProgress(call);
      await this.honorInterruption(pending, offer);
      return 'stopped';
    }
    this.callLeg.dial(offer, call);
    return 'placed';
  }

  /** A hang-up or pause that arrived while this dial was on its way; true when it took over. */
  private async honorInterruption(pending: PendingDial, offer: LeadOffer | null): Promise<boolean> {
    const { core } = this;
    if (pending.pauseWith) {
      if (offer) await core.leads.release(offer);
      pending.honored = 'paused';
      await core.pauseNow(pending.pauseWith, 'rep', null);
      return true;
    }
    if (pending.aborted) {
      pending.honored = 'aborted';
      core.setState(offer ? { name: 'preview', offer } : { name: 'idle', reason: 'queue-empty' });
      return true;
    }
    return false;
  }

  private async setAsideRefused(offer: LeadOffer, reason: string, until?: number): Promise<void> {
    const { core } = this;
    core.notice = `Skipped ${nameOf(offer)}: ${reason}`;
    try {
      const skip = { by: 'dial-check' as const, reason, ...(until === undefined ? {} : { until }) };
      await core.ports.skipLead(offer.lead.id, skip);
    } catch (error) {
      core.lastError = `Could not set aside ${nameOf(offer)} (${messageOf(error)})`;
    }
    core.publish();
  }
}

export function nameOf(offer: LeadOffer): string {
  return leadDisplayName(offer.lead);
}
