import type { LeadId } from '../../../../shared/domain/lead';
import type { PauseCode } from '../../../../shared/domain/session';
import { CallLeg } from './call-leg';
import { CallPlacement } from './call-placement';
import { RunControl } from './run-control';
import type { SessionConfig } from './session-config';
import { SessionCore, type PowerDialSessionDeps, type SnapshotListener } from './session-core';
import type { SessionSnapshot } from './session-snapshot';
import { isInCall } from './session-state';
import { WrapUpFlow } from './wrap-up';

export type { PowerDialSessionDeps, SnapshotListener } from './session-core';

/**
 * A rep's power-dial run: owns the call state, drives the telephony provider and stores every
 * attempt through the ports. Intents and provider events are applied one at a time, in order,
 * each as the transition table (transitions.ts) allows. Live facts (ringing, answered, ended)
 * change the state first and are stored after; the rep's decisions (outcome, undo, skip) are
 * stored first and change the state only once durable.
 */
export class PowerDialSession {
  readonly config: SessionConfig;
  private readonly core: SessionCore;
  private readonly callLeg: CallLeg;
  private readonly wrapUp: WrapUpFlow;
  private readonly run: RunControl;
  private readonly stopListening: () => void;

  constructor(deps: PowerDialSessionDeps) {
    this.core = new SessionCore(deps);
    this.config = this.core.config;
    // The coordinator closes the loop: a call that ends goes to its wrap-up, whose recorded
    // outcome places the next call. Nothing calls back before a call has ended.
    this.callLeg = new CallLeg(this.core, (offer, call, seconds) =>
      this.wrapUp.enter(offer, call, seconds),
    );
    const placement = new CallPlacement(this.core, this.callLeg);
    this.wrapUp = new WrapUpFlow(this.core, placement);
    this.run = new RunControl(this.core, placement, this.wrapUp, this.callLeg);
    this.stopListening = deps.provider.subscribe((event) => this.callLeg.onProviderEvent(event));
  }

  snapshot(): SessionSnapshot {
    return this.core.snapshot();
  }

  /** Calls `listener` with a new snapshot after every change; returns the unsubscribe function. */
  subscribe(listener: SnapshotListener): () => void {
    return this.core.subscribe(listener);
  }

  /**
   * Resolves once every queued intent and event, and what they set off (store look-ups, the line's
   * answers to dial and hang-up), has been applied. A line that never answers keeps it waiting.
   */
  settled(): Promise<void> {
    return this.core.settled();
  }

  /** Stops listening to the line and the clock; later intents are refused. Locks are left to expire. */
  dispose(): void {
    if (!this.core.close()) return;
    this.stopListening();
    const state = this.core.state;
    if (isInCall(state)) {
      state.call.timer?.cancel();
      this.callLeg.hangUpLine(state.call);
    }
    if (state.name === 'wrap-up') state.wrapUp.timer?.cancel();
    this.core.dropListeners();
  }

  /** Idle → the next lead: dialed in power mode, shown in preview mode; idle if none is callable. */
  start(): Promise<void> {
    return this.run.start();
  }

  /** Dials the previewed lead (after the dial-time check); from idle it is the same as start(). */
  dial(): Promise<void> {
    return this.run.dial();
  }

  /**
   * Dials the lead the rep chose (a callback, from its reminder or the list) instead of the
   * queue's next: from idle, preview (the previewed lead goes back to the queue) or a pause with
   * no call to finish. The dial-time check still applies, but for the callback's time; a refused
   * lead is set aside as the queue's would be.
   */
  dialLead(leadId: LeadId): Promise<void> {
    return this.run.dialLead(leadId);
  }

  /**
   * Ends the call now, from dialing, ringing or connected, whatever the line or the store is
   * doing; a dial not yet placed is called off and its lead stays on screen.
   */
  hangup(): Promise<void> {
    return this.callLeg.hangUp();
  }

  setMuted(muted: boolean): Promise<void> {
    return this.callLeg.setMuted(muted);
  }

  sendDigits(digits: string): Promise<void> {
    return this.callLeg.sendDigits(digits);
  }

  /** Chooses the outcome (during the call or in wrap-up); choosing again replaces it. */
  selectOutcome(code: string): Promise<void> {
    return this.wrapUp.selectOutcome(code);
  }

  setNote(note: string): Promise<void> {
    return this.wrapUp.setNote(note);
  }

  /** The promised callback time (epoch ms, in the future), or null to clear it. */
  setCallbackAt(callbackAt: number | null): Promise<void> {
    return this.wrapUp.setCallbackAt(callbackAt);
  }

  /** Records the chosen outcome (durably) and moves on: next lead, pause or idle. */
  confirm(): Promise<void> {
    return this.wrapUp.confirm();
  }

  /**
   * Takes back the last recorded outcome, until the next one is recorded. Between calls it returns
   * to that call's wrap-up at once; while the next call is on (power mode dials it at once) that
   * call is left alone and the withdrawn call's wrap-up follows its outcome.
   */
  undoLastOutcome(): Promise<void> {
    return this.wrapUp.undoLastOutcome();
  }

  /**
   * Passes over the lead on screen, with the rep's reason, and moves to the next one: the previewed
   * lead, or one whose call is dialing or ringing (hung up and recorded as no-answer).
   */
  skip(reason: string): Promise<void> {
    return this.run.skip(reason);
  }

  /**
   * Pauses now from idle or preview (the previewed lead is unlocked); during a call or wrap-up,
   * pauses once the outcome is recorded instead of dialing the next lead.
   */
  pause(code: PauseCode): Promise<void> {
    return this.run.pause(code);
  }

  /** Back to work: to the unfinished wrap-up if the pause came from one, else the next lead. */
  resume(): Promise<void> {
    return this.run.resume();
  }

  /** Ends the run: unlocks any lead the session holds and goes idle. Not during a call or wrap-up. */
  stop(): Promise<void> {
    return this.run.stop();
  }
}
