import type { LeadId } from '../../../../shared/domain/lead';
import type { PauseCode } from '../../../../shared/domain/session';
import { nameOf, type CallPlacement } from './call-placement';
import { checkPauseCode, checkSkipReason } from './intent-arguments';
import type { SessionCore } from './session-core';
import type { WrapUpFlow } from './wrap-up';
import type { CallLeg } from './call-leg';
import { attemptWithOutcome } from './attempt-facts';
import type { PendingDial } from './pending-dials';
import type { StateOf } from './session-state';

/**
 * The rep's hold on the run between calls: starting it, dialing or passing over the lead on
 * screen, dialing a lead of their own choosing, pausing, resuming and stopping.
 */
export class RunControl {
  constructor(
    private readonly core: SessionCore,
    private readonly placement: CallPlacement,
    private readonly wrapUp: WrapUpFlow,
    private readonly callLeg: CallLeg,
  ) {}

  start(): Promise<void> {
    const { core } = this;
    const pending = core.pendingDials.announce();
    return core.intent(async () => {
      core.allow('start');
      core.clearMessages();
      await this.placement.advance(pending);
    }, pending);
  }

  dial(): Promise<void> {
    const { core } = this;
    const pending = core.pendingDials.announce();
    return core.intent(async () => {
      const state = core.allow('dial');
      core.clearMessages();
      if (state.name === 'idle') return this.placement.advance(pending);
      if ((await this.placement.place(state.offer, pending)) === 'not-dialable') {
        await this.placement.advance(pending);
      }
    }, pending);
  }

  dialLead(leadId: LeadId): Promise<void> {
    const { core } = this;
    const pending = core.pendingDials.announce();
    return core.intent(async () => {
      const state = core.allow('dial-lead');
      core.clearMessages();
      const previewed = state.name === 'preview' ? state.offer : null;
      let offer = previewed?.lead.id === leadId ? previewed : null;
      if (!offer) {
        await core.leads.dropLookAhead();
        try {
          offer = await core.ports.takeLead(leadId);
        } catch (error) {
          throw core.fail(
            error,
            (cause) => `Could not dial that lead: ${cause}`,
            () => core.publish(),
          );
        }
        if (previewed) await core.leads.release(previewed);
      }
      core.pauseAfterCall = null;
      if ((await this.placement.place(offer, pending, true)) === 'not-dialable') {
        core.setState({ name: 'idle', reason: 'stopped' });
      }
    }, pending);
  }

  async skip(reason: string): Promise<void> {
    const { core } = this;
    const text = checkSkipReason(reason);
    const pending = core.pendingDials.announce();
    return await core.intent(async () => {
      const state = core.allow('skip');
      core.clearMessages();
      if (state.name !== 'preview') return this.skipRinging(state, text, pending);
      const { offer } = state;
      try {
        await core.ports.skipLead(offer.lead.id, { by: 'rep', reason: text });
      } catch (error) {
        throw core.fail(
          error,
          (cause) => `Could not skip ${nameOf(offer)} (${cause})`,
          () => core.publish(),
        );
      }
      await this.placement.advance(pending);
    }, pending);
  }

  /** Hangs up a call nobody answered, records it as no-answer with the skip, and goes on. */
  private async skipRinging(
    state: StateOf<'dialing' | 'ringing'>,
    reason: string,
    pending: PendingDial,
  ): Promise<void> {
    const { core } = this;
    const { offer, call } = state;
    this.callLeg.endUnanswered(call);
    const disposition = core.outcomesFor(offer).require('no-answer');
    const attempt = attemptWithOutcome(
      call.attempt,
      { disposition, notOnTheLine: false },
      call.draft,
      core.clock.now(),
    );
    try {
      await core.ports.skipCall(attempt, disposition, { by: 'rep', reason });
    } catch (error) {
      throw core.fail(
        error,
        (cause) => `Could not skip ${nameOf(offer)} (${cause}); confirm the outcome instead`,
        () => this.wrapUp.enter(offer, call, core.config.wrapUpSeconds),
      );
    }
    call.attempt = attempt;
    core.notice = `Skipped ${nameOf(offer)}: ${reason}`;
    await this.wrapUp.afterCall(pending);
  }

  async pause(code: PauseCode): Promise<void> {
    const { core } = this;
    checkPauseCode(code);
    const pendings = core.pendingDials.pauseAll(code);
    return await core.intent(async () => {
      // A dial on its way gave way to this pause: it is taken already.
      if (
        core.state.name === 'paused' &&
        pendings.some((pending) => pending.honored === 'paused')
      ) {
        return;
      }
      const state = core.allow('pause');
      switch (state.name) {
        case 'idle':
          core.clearMessages();
          return core.pauseNow(code, 'rep', null);
        case 'preview':
          core.clearMessages();
          await core.leads.release(state.offer);
          return core.pauseNow(code, 'rep', null);
        case 'dialing':
        case 'ringing':
        case 'connected':
        case 'wrap-up':
          core.pauseAfterCall = code;
          await core.leads.dropLookAhead();
          return core.publish();
      }
    });
  }

  resume(): Promise<void> {
    const { core } = this;
    const pending = core.pendingDials.announce();
    return core.intent(async () => {
      const state = core.allow('resume');
      core.clearMessages();
      if (state.unfinished) {
        const { offer, call } = state.unfinished;
        return this.wrapUp.enter(offer, call, core.config.wrapUpSeconds);
      }
      core.pauseAfterCall = null;
      await this.placement.advance(pending);
    }, pending);
  }

  stop(): Promise<void> {
    const { core } = this;
    return core.intent(async () => {
      const state = core.allow('stop');
      if (state.name === 'preview') await core.leads.release(state.offer);
      await core.leads.dropLookAhead();
      core.lastOutcome = null;
      core.pauseAfterCall = null;
      core.clearMessages();
      core.setState({ name: 'idle', reason: 'stopped' });
    });
  }
}
