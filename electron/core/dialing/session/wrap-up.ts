import { attemptWithOutcome, attemptWithoutOutcome } from './attempt-facts';
import { nameOf, type CallPlacement } from './call-placement';
import type { CheckedOutcome } from './outcome-book';
import { checkCallbackAt, checkNote, checkOutcomeCode } from './intent-arguments';
import type { PendingDial } from './pending-dials';
import type { SessionCore } from './session-core';
import { refusalError } from './session-errors';
import type { LeadOffer } from './session-ports';
import {
  isInCall,
  type ActiveCall,
  type OutcomeDraft,
  type StateOf,
  type WrapUp,
} from './session-state';
import { NOTHING_TO_UNDO } from './transitions';

type DraftEdit = 'choose-outcome' | 'write-note' | 'set-callback';

/**
 * After the call: the outcome, note and callback time, the countdown that limits the rep's idle
 * time, recording the outcome (stored first, the state changes once it is durable) and what
 * follows it: a pause, idle, or the next lead. Undo brings the last recorded call back here.
 */
export class WrapUpFlow {
  constructor(
    private readonly core: SessionCore,
    private readonly placement: CallPlacement,
  ) {}

  enter(offer: LeadOffer, call: ActiveCall, seconds: number): void {
    const { core } = this;
    core.setState({ name: 'wrap-up', offer, call, wrapUp: this.startCountdown(seconds) });
    if (core.config.autoAdvance && core.pauseAfterCall === null) core.leads.lookUpEarly();
  }

  /** Chooses the outcome (during the call or in wrap-up); choosing again replaces it. */
  selectOutcome(code: string): Promise<void> {
    return this.core.intent(() =>
      this.editDraft('choose-outcome', (draft, call, offer) => {
        const outcomes = this.core.outcomesFor(offer);
        const disposition = outcomes.require(checkOutcomeCode(code));
        const misfit = outcomes.misfit(disposition, call);
        if (misfit) throw misfit;
        // A do-not-call outcome is saved only once chosen twice in a row: the second is on purpose.
        const again = draft.outcomeCode === disposition.code && !draft.automatic;
        return {
          ...draft,
          outcomeCode: disposition.code,
          dncConfirmed: disposition.flags.dnc && again,
        };
      }),
    );
  }

  setNote(note: string): Promise<void> {
    return this.core.intent(() =>
      this.editDraft('write-note', (draft) => ({ ...draft, note: checkNote(note) })),
    );
  }

  setCallbackAt(callbackAt: number | null): Promise<void> {
    return this.core.intent(() =>
      this.editDraft('set-callback', (draft) => ({
        ...draft,
        callbackAt: checkCallbackAt(callbackAt, this.core.clock.now()),
      })),
    );
  }

  confirm(): Promise<void> {
    const { core } = this;
    const pending = core.pendingDials.announce();
    return core.intent(async () => {
      const state = core.allow('confirm');
      const check = core.outcomesFor(state.offer).check(state.call);
      if (!check.ok) throw check.error;
      core.clearMessages();
      await this.record(state, check);
      await this.afterCall(pending);
    }, pending);
  }

  undoLastOutcome(): Promise<void> {
    const { core } = this;
    // A dial on its way right after a confirm is called off so there is a wrap-up to return to.
    if (core.lastOutcome !== null || core.state.name === 'wrap-up') core.pendingDials.abortAll();
    return core.intent(async () => {
      const last = core.lastOutcome;
      if (!last) throw refusalError(NOTHING_TO_UNDO, core.state);
      const state = core.allow('undo');
      core.clearMessages();
      try {
        await core.ports.undoOutcome(last.call.attempt.id);
      } catch (error) {
        throw core.fail(
          error,
          (cause) => `Could not undo the outcome (${cause})`,
          () => core.publish(),
        );
      }
      core.lastOutcome = null;
      last.call.attempt = attemptWithoutOutcome(last.call.attempt);
      last.call.draft = { ...last.call.draft, automatic: false, dncConfirmed: false };
      if (isInCall(state) || state.name === 'wrap-up') {
        core.reopened = last;
        core.notice =
          `The outcome for ${nameOf(last.offer)} is withdrawn: ` +
          'choose it again once this call is saved.';
        return core.publish();
      }
      if (state.name === 'preview') core.leads.putBack(state.offer);
      if (state.name === 'paused') core.pauseAfterCall ??= state.pause.code;
      this.enter(last.offer, last.call, core.config.wrapUpSeconds);
    });
  }

  private startCountdown(seconds: number): WrapUp {
    const { clock } = this.core;
    const wrapUp: WrapUp = { deadline: clock.now() + seconds * 1000, timer: null };
    wrapUp.timer = clock.setTimer(() => this.onExpired(wrapUp), seconds * 1000);
    return wrapUp;
  }

  /**
   * Any edit holds the countdown: it limits the rep's idle time, never a rep working on the call.
   * A wrap-up that ran out still takes the note and callback time, so nothing typed is lost.
   */
  private editDraft(
    input: DraftEdit,
    change: (draft: OutcomeDraft, call: ActiveCall, offer: LeadOffer) => OutcomeDraft,
  ): void {
    const { core } = this;
    const state = core.allow(input);
    const { call, offer } = state.name === 'paused' ? state.unfinished : state;
    call.draft = { ...change(call.draft, call, offer), automatic: false };
    if (state.name !== 'wrap-up' || state.wrapUp.deadline === null) return core.publish();
    core.setState({ ...state, wrapUp: { deadline: null, timer: null } });
  }

  /** Out of time: confirm a usable outcome; without one, pause rather than guess. */
  private onExpired(wrapUp: WrapUp): void {
    const { core } = this;
    const pending = core.pendingDials.announce();
    core.event(async () => {
      try {
        // The undecided expiry is accepted in the same phase as this one.
        const state = core.accepting('wrap-up-expired');
        if (!state || state.wrapUp !== wrapUp) return;
        const check = core.outcomesFor(state.offer).check(state.call);
        if (!check.ok) {
          return core.pauseNow('other', 'wrap-up-expired', {
            offer: state.offer,
            call: state.call,
          });
        }
        await this.record(state, check);
        await this.afterCall(pending);
      } finally {
        core.pendingDials.finished(pending);
      }
    });
  }

  private async record(state: StateOf<'wrap-up'>, outcome: CheckedOutcome): Promise<void> {
    const { core } = this;
    const { offer, call } = state;
    const { disposition } = outcome;
    state.wrapUp.timer?.cancel();
    const attempt = attemptWithOutcome(call.attempt, outcome, call.draft, core.clock.now());
    try {
      await core.ports.recordOutcome(attempt, disposition);
    } catch (error) {
      // The countdown stays stopped so a failing store is not retried behind the rep's back.
      throw core.fail(
        error,
        (cause) =>
          `Could not record the outcome (${cause}); it is still chosen: confirm to try again`,
        () => core.setState({ ...state, wrapUp: { deadline: null, timer: null } }),
      );
    }
    call.attempt = attempt;
    core.lastOutcome = { offer, call };
    if (outcome.notOnTheLine) {
      const missing = core.outcomesFor(offer).missingPerson(disposition, call) ?? 'nobody answered';
      core.notice =
        `"${disposition.label}" is kept for ${nameOf(offer)}, marked not on the line ` +
        `(${missing}): it counts in no KPI, yours or the floor's.`;
    }
  }

  /**
   * The table's 'after-call': the wrap-up of a call whose outcome was withdrawn meanwhile, a pause
   * asked for, a line that keeps failing, idle, or the next lead.
   */
  async afterCall(pending: PendingDial): Promise<void> {
    const { core } = this;
    const reopened = core.reopened;
    if (reopened) {
      core.reopened = null;
      return this.enter(reopened.offer, reopened.call, core.config.wrapUpSeconds);
    }
    const pauseCode = pending.pauseWith ?? core.pauseAfterCall;
    core.pauseAfterCall = null;
    if (pauseCode) {
      if (pending.pauseWith) pending.honored = 'paused';
      return core.pauseNow(pauseCode, 'rep', null);
    }
    if (core.lineFailuresInARow >= core.config.maxConsecutiveLineFailures) {
      core.lastError =
        `${core.lineFailuresInARow} calls in a row failed on the line, so dialing is paused. ` +
        'Check the connection, then resume.';
      return core.pauseNow('other', 'line-failing', null);
    }
    if (!core.config.autoAdvance) {
      await core.leads.dropLookAhead();
      return core.setState({ name: 'idle', reason: 'wrap-up-done' });
    }
    try {
      await this.placement.advance(pending);
    } catch (error) {
      // The outcome is recorded; what went wrong with the next lead is already on screen.
      core.report(error);
    }
  }
}
