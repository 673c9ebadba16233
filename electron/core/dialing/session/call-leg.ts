import type { AnsweredBy, CallEndReason } from '../../../../shared/domain/call';
import { DomainError } from '../../../../shared/result';
import { automaticOutcomeFor } from '../../dispositions';
import type { ProviderEvent } from '../../telephony';
import { endedAttempt, newAttempt } from './attempt-facts';
import { checkDigits, checkMuted } from './intent-arguments';
import type { SessionCore } from './session-core';
import { messageOf } from './session-errors';
import type { LeadOffer } from './session-ports';
import {
  currentCall,
  isInCall,
  newActiveCall,
  type ActiveCall,
  type InCall,
} from './session-state';

type EndedBy = 'rep' | 'line' | 'timeout';
type CallTimer = 'stuck-timeout' | 'no-answer-timeout';

/** The call is over: on to its wrap-up, with a countdown of `seconds`. */
export type CallEnded = (offer: LeadOffer, call: ActiveCall, seconds: number) => void;

/**
 * The call from the moment its number is dialed until it ends: the line's news, the timers that
 * end a call the line leaves hanging, hang-up, mute and keypad tones. Live facts change the state
 * first and are stored after, so the state follows the line and the store catches up.
 */
export class CallLeg {
  constructor(
    private readonly core: SessionCore,
    private readonly ended: CallEnded,
  ) {}

  newCall(offer: LeadOffer): ActiveCall {
    const { core } = this;
    return newActiveCall(
      newAttempt({
        id: core.newAttemptId(),
        offer,
        repId: core.repId,
        provider: core.provider.name,
        presentedCallerId: core.callerIdFor(offer.lead),
        startedAt: core.clock.now(),
      }),
    );
  }

  /** Dials the stored attempt; the line's answer to dial() comes back as news. */
  dial(offer: LeadOffer, call: ActiveCall): void {
    const { core } = this;
    call.placed = true;
    this.armCallTimer(call, 'stuck-timeout');
    const request = {
      attemptId: call.attempt.id,
      to: offer.lead.phoneE164,
      callerId: call.attempt.presentedCallerId,
    };
    core.inFlight.track(
      promiseOf(() => core.provider.dial(request)).then(
        ({ providerCallId }) => core.event(() => this.onDialPlaced(call, providerCallId)),
        (error: unknown) => core.event(() => this.onDialRejected(call, error)),
      ),
    );
    core.publish();
  }

  /**
   * Ends the call now, from dialing, ringing or connected, whatever the line or the store is
   * doing; a dial not yet placed is called off and its lead stays on screen.
   */
  hangUp(): Promise<void> {
    const { core } = this;
    const calledOff = core.pendingDials.abortAll();
    const live = isInCall(core.state) ? core.state.call : null;
    if (live) {
      live.endRequestedByRep = true;
      this.hangUpLine(live);
    }
    return core.intent(async () => {
      const state = core.accepting('hang-up');
      if (state) {
        this.hangUpLine(state.call);
        return this.endCall(state, 'hangup-local', core.clock.now(), 'rep');
      }
      const alreadyOver = live !== null && currentCall(core.state)?.call === live;
      if (alreadyOver || calledOff.some((pending) => pending.honored === 'aborted')) return;
      throw core.refusal('hang-up');
    });
  }

  async setMuted(muted: boolean): Promise<void> {
    const { core } = this;
    checkMuted(muted);
    const call = await core.intent(() => core.allow(muted ? 'mute' : 'unmute').call);
    await this.onLine(
      () => core.provider.setMuted(call.attempt.id, muted),
      muted ? 'mute the line' : 'unmute the line',
    );
    await core.intent(() => {
      if (this.liveCall(call.attempt.id) !== call || call.muted === muted) return;
      call.muted = muted;
      core.publish();
    });
  }

  async sendDigits(digits: string): Promise<void> {
    const { core } = this;
    checkDigits(digits);
    const call = await core.intent(() => core.allow('send-digits').call);
    await this.onLine(() => core.provider.sendDigits(call.attempt.id, digits), 'send keypad tones');
  }

  onProviderEvent(event: ProviderEvent): void {
    // What the prospect says is for the script panel, not the call state.
    if (event.type === 'speech') return;
    this.core.event(() => this.applyProviderEvent(event));
  }

  hangUpLine(call: ActiveCall): void {
    if (!call.placed || call.hangupSent) return;
    call.hangupSent = true;
    const { core } = this;
    core.inFlight.track(
      promiseOf(() => core.provider.hangup(call.attempt.id)).catch((error: unknown) => {
        core.lastError = `The line did not confirm the hang-up (${messageOf(error)})`;
        core.publish();
      }),
    );
  }

  /** The rep skips a lead whose call nobody has answered: the line is hung up, no wrap-up. */
  endUnanswered(call: ActiveCall): void {
    call.endRequestedByRep = true;
    call.timer?.cancel();
    call.timer = null;
    this.hangUpLine(call);
    call.attempt = endedAttempt(call.attempt, this.core.clock.now(), 'hangup-local');
    call.muted = false;
    call.qualityWarnings.clear();
    call.draft = { ...call.draft, outcomeCode: 'no-answer', automatic: true };
  }

  /** Progress writes never hold the call back: the state follows the line, the store catches up. */
  async saveProgress(call: ActiveCall): Promise<void> {
    try {
      await this.core.ports.saveCallProgress(call.attempt);
    } catch (error) {
      this.core.lastError =
        `Could not save the call's progress (${messageOf(error)}); ` +
        'it is saved again with the outcome.';
      this.core.publish();
    }
  }

  private async applyProviderEvent(
    event: Exclude<ProviderEvent, { type: 'speech' }>,
  ): Promise<void> {
    const call = this.liveCall(event.attemptId);
    // Late news of a call the session already ended, or of one it never made.
    if (!call) return;
    if (event.providerCallId !== null) this.noteProviderCallId(call, event.providerCallId);
    switch (event.type) {
      case 'ringing':
        return this.onRinging(call, event.at);
      case 'answered':
        return this.onAnswered(call, event.at, event.by);
      case 'ended': {
        const state = this.core.accepting('line-ended');
        if (state) return this.endCall(state, event.reason, event.at, endedBy(call));
        return;
      }
      case 'failed': {
        const state = this.core.accepting('line-failed');
        if (!state) return;
        this.core.lastError = event.message;
        return this.endCall(state, 'failed', event.at, endedBy(call));
      }
      case 'quality-warning':
        if (!this.core.accepting('quality-warning')) return;
        if (event.active) call.qualityWarnings.add(event.warning);
        else call.qualityWarnings.delete(event.warning);
        return this.core.publish();
    }
  }

  private async onRinging(call: ActiveCall, at: number): Promise<void> {
    const state = this.core.accepting('line-ringing');
    if (!state) return;
    call.attempt = { ...call.attempt, ringingAt: at };
    this.armCallTimer(call, 'no-answer-timeout');
    this.core.setState({ name: 'ringing', offer: state.offer, call });
    await this.saveProgress(call);
  }

  private async onAnswered(call: ActiveCall, at: number, by: AnsweredBy): Promise<void> {
    const hangUpOnMachine = by === 'machine' && this.core.config.machineAnswer === 'hang-up';
    const state = this.core.accepting(hangUpOnMachine ? 'machine-answered' : 'line-answered');
    if (!state) return;
    call.attempt = { ...call.attempt, answeredAt: at, answeredBy: by };
    call.answeredBy = by;
    call.timer?.cancel();
    call.timer = null;
    if (hangUpOnMachine) {
      this.hangUpLine(call);
      return this.endCall(state, 'voicemail', at, 'line');
    }
    call.reachedRep = true;
    if (by === 'machine' && call.draft.outcomeCode === null) {
      // Nobody was reached unless the rep leaves a message and says so with 'voicemail-left'.
      call.draft = { ...call.draft, outcomeCode: 'no-answer', automatic: true };
    }
    this.core.setState({ name: 'connected', offer: state.offer, call });
    await this.saveProgress(call);
  }

  private onDialPlaced(call: ActiveCall, providerCallId: string): void {
    if (this.liveCall(call.attempt.id) !== call || !this.core.accepting('dial-placed')) return;
    this.noteProviderCallId(call, providerCallId);
  }

  private async onDialRejected(call: ActiveCall, error: unknown): Promise<void> {
    if (this.liveCall(call.attempt.id) !== call) return;
    const state = this.core.accepting('dial-rejected');
    if (!state) return;
    this.core.lastError = `The line could not place the call (${messageOf(error)})`;
    await this.endCall(state, 'failed', this.core.clock.now(), 'line');
  }

  private async onCallTimeout(call: ActiveCall, timer: CallTimer): Promise<void> {
    const { core } = this;
    const state = core.accepting(timer);
    if (!state || state.call !== call) return;
    this.hangUpLine(call);
    if (timer === 'no-answer-timeout') {
      return this.endCall(state, 'no-answer', core.clock.now(), 'timeout');
    }
    core.lastError =
      `The line gave no sign of progress for ${core.config.stuckDialingTimeoutSeconds} s, ` +
      'so the call was ended as failed.';
    return this.endCall(state, 'failed', core.clock.now(), 'timeout');
  }

  /**
   * The call is over: to wrap-up. A call that reached the rep needs the rep's outcome; one that
   * reached nobody gets its outcome automatically and the short wrap-up, unless the rep hung up
   * themselves (then the outcome is proposed and they get the full wrap-up to change it).
   */
  private async endCall(
    state: InCall,
    reason: CallEndReason,
    at: number,
    endedBy: EndedBy,
  ): Promise<void> {
    const { core } = this;
    const { offer, call } = state;
    call.attempt = endedAttempt(call.attempt, at, reason);
    call.muted = false;
    call.qualityWarnings.clear();
    core.lineFailuresInARow = reason === 'failed' ? core.lineFailuresInARow + 1 : 0;
    let seconds = core.config.wrapUpSeconds;
    if (!call.reachedRep) {
      // Whatever the line calls a call the rep cut short before an answer, nobody answered it.
      const outcomeCode = endedBy === 'rep' ? 'no-answer' : automaticOutcomeFor(reason);
      call.draft = { ...call.draft, outcomeCode, automatic: true };
      if (endedBy !== 'rep') seconds = core.config.autoWrapUpSeconds;
    }
    this.ended(offer, call, seconds);
    await this.saveProgress(call);
  }

  private armCallTimer(call: ActiveCall, timer: CallTimer): void {
    const { core } = this;
    call.timer?.cancel();
    const seconds =
      timer === 'stuck-timeout'
        ? core.config.stuckDialingTimeoutSeconds
        : core.config.noAnswerTimeoutSeconds;
    call.timer = core.clock.setTimer(
      () => core.event(() => this.onCallTimeout(call, timer)),
      seconds * 1000,
    );
  }

  private async onLine(action: () => Promise<void>, what: string): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.core.lastError = `Could not ${what} (${messageOf(error)})`;
      this.core.publish();
      throw new DomainError('unavailable', this.core.lastError);
    }
  }

  private noteProviderCallId(call: ActiveCall, providerCallId: string): void {
    if (call.attempt.providerCallId !== null) return;
    call.attempt = { ...call.attempt, providerCallId };
    this.core.publish();
  }

  private liveCall(attemptId: string): ActiveCall | null {
    const state = this.core.state;
    return isInCall(state) && state.call.placed && state.call.attempt.id === attemptId
      ? state.call
      : null;
  }
}

/** The rep's hang-up may reach the line first, and the line's news of it arrive before it. */
function endedBy(call: ActiveCall): EndedBy {
  return call.endRequestedByRep ? 'rep' : 'line';
}

/** A provider that throws instead of rejecting still yields a rejection. */
function promiseOf<T>(action: () => Promise<T>): Promise<T> {
  try {
    return action();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
