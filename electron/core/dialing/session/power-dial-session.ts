import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../../shared/clock';
import type { AnsweredBy, CallEndReason } from '../../../../shared/domain/call';
import type { Disposition } from '../../../../shared/domain/disposition';
import { leadDisplayName, type LeadId } from '../../../../shared/domain/lead';
import type { PauseCode } from '../../../../shared/domain/session';
import { DomainError } from '../../../../shared/result';
import type { ProviderEvent, TelephonyProvider } from '../../telephony';
import {
  attemptWithOutcome,
  attemptWithoutOutcome,
  endedAttempt,
  newAttempt,
} from './attempt-facts';
import { automaticOutcomeFor } from '../../dispositions';
import { InFlightWork } from './in-flight-work';
import {
  checkCallbackAt,
  checkDigits,
  checkMuted,
  checkNote,
  checkOutcomeCode,
  checkPauseCode,
  checkSkipReason,
} from './intent-arguments';
import { LeadSupply } from './lead-supply';
import { OutcomeBook } from './outcome-book';
import { PendingDials, type PendingDial } from './pending-dials';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import {
  resolveSessionConfig,
  type SessionConfig,
  type SessionConfigInput,
} from './session-config';
import { failureCode, illegalTransition, messageOf } from './session-errors';
import type { Dialability, LeadOffer, SessionPorts } from './session-ports';
import type { PauseReason, SessionSnapshot } from './session-snapshot';
import {
  CALL_STATES,
  currentCall,
  isInCall,
  newActiveCall,
  type ActiveCall,
  type OutcomeDraft,
  type SessionState,
  type StateOf,
  type WrapUp,
} from './session-state';
import { snapshotOf } from './snapshot-of';

export interface PowerDialSessionDeps {
  repId: string;
  provider: TelephonyProvider;
  clock: Clock;
  ports: SessionPorts;
  /** The campaign's outcomes; the system ones (busy, failed) are added when missing. */
  dispositions: readonly Disposition[];
  config?: SessionConfigInput;
  newAttemptId?: () => string;
  /** Numbers the snapshots; shared by the sessions a core replaces, so it never goes back. */
  nextSnapshotSeq?: () => number;
}

export type SnapshotListener = (snapshot: SessionSnapshot) => void;

type PlaceResult = 'placed' | 'not-dialable' | 'stopped';
type EndedBy = 'rep' | 'line' | 'timeout';

/** Leads in a row the dial-time check may refuse before the session stops and says so. */
const MAX_REFUSED_IN_A_ROW = 20;

/**
 * A rep's power-dial run: owns the call state, drives the telephony provider and stores every
 * attempt through the ports. Intents and provider events are applied one at a time, in order.
 * Live facts (ringing, answered, ended) change the state first and are stored after; the rep's
 * decisions (outcome, undo, skip) are stored first and change the state only once durable.
 */
export class PowerDialSession {
  readonly config: SessionConfig;
  private readonly repId: string;
  private readonly provider: TelephonyProvider;
  private readonly clock: Clock;
  private readonly ports: SessionPorts;
  private readonly outcomes: OutcomeBook;
  private readonly newAttemptId: () => string;
  private readonly nextSnapshotSeq: () => number;
  /** The seq of the state as last published; snapshot() reads it without advancing it. */
  private seq: number;
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<SnapshotListener>();
  private readonly inFlight = new InFlightWork();
  private readonly pendingDials = new PendingDials();
  private readonly leads: LeadSupply;
  private readonly stopListening: () => void;
  private state: SessionState = { name: 'idle', reason: 'not-started' };
  private stateSince: number;
  private pauseAfterCall: PauseCode | null = null;
  private lastOutcome: { offer: LeadOffer; call: ActiveCall } | null = null;
  private lineFailuresInARow = 0;
  private notice: string | null = null;
  private lastError: string | null = null;
  private closed = false;

  constructor(deps: PowerDialSessionDeps) {
    this.config = resolveSessionConfig(deps.config ?? {});
    this.repId = deps.repId;
    this.provider = deps.provider;
    this.clock = deps.clock;
    this.ports = deps.ports;
    this.outcomes = new OutcomeBook(deps.dispositions);
    this.newAttemptId = deps.newAttemptId ?? randomUUID;
    let seq = 0;
    this.nextSnapshotSeq = deps.nextSnapshotSeq ?? (() => ++seq);
    this.seq = this.nextSnapshotSeq();
    this.stateSince = this.clock.now();
    this.leads = new LeadSupply(
      this.ports,
      (work) => this.inFlight.track(work),
      (message) => (this.lastError = message),
    );
    this.stopListening = this.provider.subscribe((event) => this.onProviderEvent(event));
  }

  snapshot(): SessionSnapshot {
    return snapshotOf({
      seq: this.seq,
      repId: this.repId,
      mode: this.config.mode,
      state: this.state,
      stateSince: this.stateSince,
      pauseAfterCall: this.pauseAfterCall,
      lastOutcome: this.lastOutcome,
      notice: this.notice,
      lastError: this.lastError,
    });
  }

  /** Calls `listener` with a new snapshot after every change; returns the unsubscribe function. */
  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves once every queued intent and event, and what they set off (store look-ups, the line's
   * answers to dial and hang-up), has been applied. A line that never answers keeps it waiting.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.queue.drained();
      if (this.inFlight.size === 0) return;
      await this.inFlight.settled();
    }
  }

  /** Stops listening to the line and the clock; later intents are refused. Locks are left to expire. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    const state = this.state;
    if (isInCall(state)) {
      state.call.timer?.cancel();
      this.hangUpLine(state.call);
    }
    if (state.name === 'wrap-up') state.wrapUp.timer?.cancel();
    this.listeners.clear();
  }

  // ── Intents ────────────────────────────────────────────────────────────────────────────────

  /** Idle → the next lead: dialed in power mode, shown in preview mode; idle if none is callable. */
  start(): Promise<void> {
    const pending = this.pendingDials.announce();
    return this.intent(async () => {
      this.expect(['idle'], 'start dialing');
      this.clearMessages();
      await this.advance(pending);
    }, pending);
  }

  /** Dials the previewed lead (after the dial-time check); from idle it is the same as start(). */
  dial(): Promise<void> {
    const pending = this.pendingDials.announce();
    return this.intent(async () => {
      const state = this.expect(['idle', 'preview'], 'dial');
      this.clearMessages();
      if (state.name === 'idle') return this.advance(pending);
      if ((await this.placeCall(state.offer, pending)) === 'not-dialable') {
        await this.advance(pending);
      }
    }, pending);
  }

  /**
   * Dials the lead the rep chose (a callback, from its reminder or the list) instead of the
   * queue's next: from idle, preview (the previewed lead goes back to the queue) or a pause with
   * no call to finish. The dial-time check still applies, but for the callback's time; a refused
   * lead is set aside as the queue's would be.
   */
  dialLead(leadId: LeadId): Promise<void> {
    const pending = this.pendingDials.announce();
    return this.intent(async () => {
      const state = this.expect(['idle', 'preview', 'paused'], 'dial this lead');
      if (state.name === 'paused' && state.unfinished) {
        throw new DomainError(
          'illegal-transition',
          'The last call still needs its outcome: resume, choose one and confirm first.',
        );
      }
      this.clearMessages();
      const previewed = state.name === 'preview' ? state.offer : null;
      let offer = previewed?.lead.id === leadId ? previewed : null;
      if (!offer) {
        await this.leads.dropLookAhead();
        try {
          offer = await this.ports.takeLead(leadId);
        } catch (error) {
          throw this.fail(
            error,
            (cause) => `Could not dial that lead: ${cause}`,
            () => this.publish(),
          );
        }
        if (previewed) await this.leads.release(previewed);
      }
      this.pauseAfterCall = null;
      if ((await this.placeCall(offer, pending, true)) === 'not-dialable') {
        this.setState({ name: 'idle', reason: 'stopped' });
      }
    }, pending);
  }

  /**
   * Ends the call now, from dialing, ringing or connected, whatever the line or the store is
   * doing; a dial not yet placed is called off and its lead stays on screen.
   */
  hangup(): Promise<void> {
    const calledOff = this.pendingDials.abortAll();
    const live = isInCall(this.state) ? this.state.call : null;
    if (live) {
      live.endRequestedByRep = true;
      this.hangUpLine(live);
    }
    return this.intent(async () => {
      const state = this.state;
      if (isInCall(state)) {
        this.hangUpLine(state.call);
        return this.endCall(state.call, 'hangup-local', this.clock.now(), 'rep');
      }
      const alreadyOver = live !== null && currentCall(state)?.call === live;
      if (alreadyOver || calledOff.some((pending) => pending.honored === 'aborted')) return;
      throw illegalTransition('hang up', state.name, CALL_STATES);
    });
  }

  async setMuted(muted: boolean): Promise<void> {
    checkMuted(muted);
    const action = muted ? 'mute the line' : 'unmute the line';
    const call = await this.intent(() => this.expect(['ringing', 'connected'], action).call);
    await this.onLine(() => this.provider.setMuted(call.attempt.id, muted), action);
    await this.intent(() => {
      if (this.liveCall(call.attempt.id) !== call || call.muted === muted) return;
      call.muted = muted;
      this.publish();
    });
  }

  async sendDigits(digits: string): Promise<void> {
    checkDigits(digits);
    const call = await this.intent(() => this.expect(['connected'], 'send keypad tones').call);
    await this.onLine(() => this.provider.sendDigits(call.attempt.id, digits), 'send keypad tones');
  }

  /** Chooses the outcome (during the call or in wrap-up); choosing again replaces it. */
  selectOutcome(code: string): Promise<void> {
    return this.intent(() =>
      this.editDraft('choose an outcome', (draft) => ({
        ...draft,
        outcomeCode: this.outcomes.require(checkOutcomeCode(code)).code,
      })),
    );
  }

  setNote(note: string): Promise<void> {
    return this.intent(() =>
      this.editDraft('write a note', (draft) => ({ ...draft, note: checkNote(note) })),
    );
  }

  /** The promised callback time (epoch ms, in the future), or null to clear it. */
  setCallbackAt(callbackAt: number | null): Promise<void> {
    return this.intent(() =>
      this.editDraft('set a callback time', (draft) => ({
        ...draft,
        callbackAt: checkCallbackAt(callbackAt, this.clock.now()),
      })),
    );
  }

  /** Records the chosen outcome (durably) and moves on: next lead, pause or idle. */
  confirm(): Promise<void> {
    const pending = this.pendingDials.announce();
    return this.intent(async () => {
      const state = this.expect(['wrap-up'], 'confirm an outcome');
      const check = this.outcomes.check(state.call.draft);
      if (!check.ok) throw check.error;
      this.clearMessages();
      await this.record(state, check.disposition);
      await this.afterWrapUp(pending);
    }, pending);
  }

  /**
   * Takes back the last recorded outcome and returns to that call's wrap-up, as long as the next
   * call has not been placed (in power mode that is the instant after confirming, so a rep changes
   * their mind by choosing again before confirming; undo serves preview mode, pauses and idle).
   */
  undoLastOutcome(): Promise<void> {
    // A dial on its way right after a confirm is called off so there is a wrap-up to return to.
    if (this.lastOutcome !== null || this.state.name === 'wrap-up') this.pendingDials.abortAll();
    return this.intent(async () => {
      const state = this.state;
      const last = this.lastOutcome;
      if (!last) {
        throw new DomainError(
          'illegal-transition',
          'There is no outcome to undo: none was recorded since the last call was placed.',
        );
      }
      const idleOrPaused = state.name === 'idle' || (state.name === 'paused' && !state.unfinished);
      if (state.name !== 'preview' && !idleOrPaused) {
        throw illegalTransition('undo the last outcome', state.name, ['idle', 'preview', 'paused']);
      }
      this.clearMessages();
      try {
        await this.ports.undoOutcome(last.call.attempt.id);
      } catch (error) {
        throw this.fail(
          error,
          (cause) => `Could not undo the outcome (${cause})`,
          () => this.publish(),
        );
      }
      this.lastOutcome = null;
      if (state.name === 'preview') this.leads.putBack(state.offer);
      if (state.name === 'paused') this.pauseAfterCall ??= state.pause.code;
      last.call.attempt = attemptWithoutOutcome(last.call.attempt);
      last.call.draft = { ...last.call.draft, automatic: false };
      this.enterWrapUp(last.offer, last.call, this.config.wrapUpSeconds);
    });
  }

  /** Passes over the previewed lead, with the rep's reason, and moves to the next one. */
  async skip(reason: string): Promise<void> {
    const text = checkSkipReason(reason);
    const pending = this.pendingDials.announce();
    return await this.intent(async () => {
      const { offer } = this.expect(['preview'], 'skip a lead');
      this.clearMessages();
      try {
        await this.ports.skipLead(offer.lead.id, { by: 'rep', reason: text });
      } catch (error) {
        throw this.fail(
          error,
          (cause) => `Could not skip ${nameOf(offer)} (${cause})`,
          () => this.publish(),
        );
      }
      await this.advance(pending);
    }, pending);
  }

  /**
   * Pauses now from idle or preview (the previewed lead is unlocked); during a call or wrap-up,
   * pauses once the outcome is recorded instead of dialing the next lead.
   */
  async pause(code: PauseCode): Promise<void> {
    checkPauseCode(code);
    const pendings = this.pendingDials.pauseAll(code);
    return await this.intent(async () => {
      const state = this.state;
      if (state.name === 'paused' && pendings.some((pending) => pending.honored === 'paused'))
        return;
      switch (state.name) {
        case 'idle':
          this.clearMessages();
          return this.pauseNow(code, 'rep', null);
        case 'preview':
          this.clearMessages();
          await this.leads.release(state.offer);
          return this.pauseNow(code, 'rep', null);
        case 'dialing':
        case 'ringing':
        case 'connected':
        case 'wrap-up':
          this.pauseAfterCall = code;
          await this.leads.dropLookAhead();
          return this.publish();
        case 'paused':
          throw new DomainError('illegal-transition', `Already paused (${state.pause.code}).`);
      }
    });
  }

  /** Back to work: to the unfinished wrap-up if the pause came from one, else the next lead. */
  resume(): Promise<void> {
    const pending = this.pendingDials.announce();
    return this.intent(async () => {
      const state = this.expect(['paused'], 'resume');
      this.clearMessages();
      if (state.unfinished) {
        return this.enterWrapUp(
          state.unfinished.offer,
          state.unfinished.call,
          this.config.wrapUpSeconds,
        );
      }
      this.pauseAfterCall = null;
      await this.advance(pending);
    }, pending);
  }

  /** Ends the run: unlocks any lead the session holds and goes idle. Not during a call or wrap-up. */
  stop(): Promise<void> {
    return this.intent(async () => {
      const state = this.state;
      if (state.name === 'paused' && state.unfinished) {
        throw new DomainError(
          'illegal-transition',
          'Cannot stop yet: the last call still needs its outcome. Resume, choose one and confirm.',
        );
      }
      const stoppable = this.expect(['idle', 'preview', 'paused'], 'stop');
      if (stoppable.name === 'preview') await this.leads.release(stoppable.offer);
      await this.leads.dropLookAhead();
      this.lastOutcome = null;
      this.pauseAfterCall = null;
      this.clearMessages();
      this.setState({ name: 'idle', reason: 'stopped' });
    });
  }

  // ── Moving through the queue ───────────────────────────────────────────────────────────────

  /** Puts the next callable lead in front of the rep: dialed in power mode, shown in preview. */
  private async advance(pending: PendingDial): Promise<void> {
    for (let refused = 0; refused < MAX_REFUSED_IN_A_ROW; refused++) {
      let offer: LeadOffer | null;
      try {
        offer = await this.leads.next();
      } catch (error) {
        throw this.fail(
          error,
          (cause) => `Could not get the next lead (${cause})`,
          () => this.setState({ name: 'idle', reason: 'error' }),
        );
      }
      if (await this.honorInterruption(pending, offer)) return;
      if (!offer) return this.setState({ name: 'idle', reason: 'queue-empty' });
      if (this.config.mode === 'preview') return this.setState({ name: 'preview', offer });
      if ((await this.placeCall(offer, pending)) !== 'not-dialable') return;
    }
    throw this.fail(
      new DomainError(
        'conflict',
        `${MAX_REFUSED_IN_A_ROW} leads in a row failed the dial-time check`,
      ),
      (cause) => `Stopped dialing: ${cause}; the queue and the dialing rules disagree`,
      () => this.setState({ name: 'idle', reason: 'error' }),
    );
  }

  /** Dial-time check, stored attempt, then the dial itself; never places a call it cannot store. */
  private async placeCall(
    offer: LeadOffer,
    pending: PendingDial,
    chosenByRep = false,
  ): Promise<PlaceResult> {
    let dialability: Dialability;
    try {
      dialability = await this.ports.isDialable(offer.lead, chosenByRep);
    } catch (error) {
      throw this.fail(
        error,
        (cause) =>
          `Could not check whether ${nameOf(offer)} may be called (${cause}); nothing was dialed`,
        () => this.setState({ name: 'preview', offer }),
      );
    }
    if (await this.honorInterruption(pending, offer)) return 'stopped';
    if (!dialability.ok) {
      await this.setAsideRefused(offer, dialability.reason);
      return 'not-dialable';
    }
    const call = this.newCall(offer);
    this.setState({ name: 'dialing', offer, call });
    try {
      await this.ports.startAttempt(call.attempt);
    } catch (error) {
      throw this.fail(
        error,
        (cause) => `Could not save the attempt (${cause}), so ${nameOf(offer)} was not dialed`,
        () => this.setState({ name: 'preview', offer }),
      );
    }
    if (pending.aborted || pending.pauseWith) {
      call.attempt = endedAttempt(call.attempt, this.clock.now(), 'canceled');
      await this.saveProgress(call);
      await this.honorInterruption(pending, offer);
      return 'stopped';
    }
    this.dialNow(offer, call);
    return 'placed';
  }

  private dialNow(offer: LeadOffer, call: ActiveCall): void {
    call.placed = true;
    this.lastOutcome = null;
    this.armCallTimer(call, 'stuck');
    const request = {
      attemptId: call.attempt.id,
      to: offer.lead.phoneE164,
      callerId: this.config.callerId,
    };
    this.inFlight.track(
      promiseOf(() => this.provider.dial(request)).then(
        ({ providerCallId }) => this.event(() => this.onDialPlaced(call, providerCallId)),
        (error: unknown) => this.event(() => this.onDialRejected(call, error)),
      ),
    );
    this.publish();
  }

  /** A hang-up or pause that arrived while this dial was on its way; true when it took over. */
  private async honorInterruption(pending: PendingDial, offer: LeadOffer | null): Promise<boolean> {
    if (pending.pauseWith) {
      if (offer) await this.leads.release(offer);
      pending.honored = 'paused';
      await this.pauseNow(pending.pauseWith, 'rep', null);
      return true;
    }
    if (pending.aborted) {
      pending.honored = 'aborted';
      this.setState(offer ? { name: 'preview', offer } : { name: 'idle', reason: 'queue-empty' });
      return true;
    }
    return false;
  }

  private async setAsideRefused(offer: LeadOffer, reason: string): Promise<void> {
    this.notice = `Skipped ${nameOf(offer)}: ${reason}`;
    try {
      await this.ports.skipLead(offer.lead.id, { by: 'dial-check', reason });
    } catch (error) {
      this.lastError = `Could not set aside ${nameOf(offer)} (${messageOf(error)})`;
    }
    this.publish();
  }

  // ── The call ───────────────────────────────────────────────────────────────────────────────

  private newCall(offer: LeadOffer): ActiveCall {
    return newActiveCall(
      newAttempt({
        id: this.newAttemptId(),
        offer,
        repId: this.repId,
        provider: this.provider.name,
        startedAt: this.clock.now(),
      }),
    );
  }

  private onProviderEvent(event: ProviderEvent): void {
    // What the prospect says is for the script panel, not the call state.
    if (event.type === 'speech') return;
    this.event(() => this.applyProviderEvent(event));
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
      case 'ended':
        return this.endCall(call, event.reason, event.at, endedBy(call));
      case 'failed':
        this.lastError = event.message;
        return this.endCall(call, 'failed', event.at, endedBy(call));
      case 'quality-warning':
        if (event.active) call.qualityWarnings.add(event.warning);
        else call.qualityWarnings.delete(event.warning);
        return this.publish();
    }
  }

  private async onRinging(call: ActiveCall, at: number): Promise<void> {
    const state = this.state;
    if (state.name !== 'dialing') return;
    call.attempt = { ...call.attempt, ringingAt: at };
    this.armCallTimer(call, 'no-answer');
    this.setState({ name: 'ringing', offer: state.offer, call });
    await this.saveProgress(call);
  }

  private async onAnswered(call: ActiveCall, at: number, by: AnsweredBy): Promise<void> {
    const state = this.state;
    if (state.name !== 'dialing' && state.name !== 'ringing') return;
    call.attempt = { ...call.attempt, answeredAt: at };
    call.answeredBy = by;
    call.timer?.cancel();
    call.timer = null;
    if (by === 'machine' && this.config.machineAnswer === 'hang-up') {
      this.hangUpLine(call);
      return this.endCall(call, 'voicemail', at, 'line');
    }
    call.reachedRep = true;
    if (by === 'machine' && call.draft.outcomeCode === null) {
      // Nobody was reached unless the rep leaves a message and says so with 'voicemail-left'.
      call.draft = { ...call.draft, outcomeCode: 'no-answer', automatic: true };
    }
    this.setState({ name: 'connected', offer: state.offer, call });
    await this.saveProgress(call);
  }

  private onDialPlaced(call: ActiveCall, providerCallId: string): void {
    if (this.liveCall(call.attempt.id) !== call) return;
    this.noteProviderCallId(call, providerCallId);
  }

  private async onDialRejected(call: ActiveCall, error: unknown): Promise<void> {
    if (this.liveCall(call.attempt.id) !== call) return;
    this.lastError = `The line could not place the call (${messageOf(error)})`;
    await this.endCall(call, 'failed', this.clock.now(), 'line');
  }

  private async onCallTimeout(call: ActiveCall, kind: 'stuck' | 'no-answer'): Promise<void> {
    const state = this.state;
    if (!isInCall(state) || state.call !== call) return;
    if (state.name !== (kind === 'stuck' ? 'dialing' : 'ringing')) return;
    this.hangUpLine(call);
    if (kind === 'no-answer') return this.endCall(call, 'no-answer', this.clock.now(), 'timeout');
    this.lastError =
      `The line gave no sign of progress for ${this.config.stuckDialingTimeoutSeconds} s, ` +
      'so the call was ended as failed.';
    return this.endCall(call, 'failed', this.clock.now(), 'timeout');
  }

  /**
   * The call is over: to wrap-up. A call that reached the rep needs the rep's outcome; one that
   * reached nobody gets its outcome automatically and the short wrap-up, unless the rep hung up
   * themselves (then the outcome is proposed and they get the full wrap-up to change it).
   */
  private async endCall(
    call: ActiveCall,
    reason: CallEndReason,
    at: number,
    endedBy: EndedBy,
  ): Promise<void> {
    const state = this.state;
    if (!isInCall(state) || state.call !== call) return;
    call.attempt = endedAttempt(call.attempt, at, reason);
    call.muted = false;
    call.qualityWarnings.clear();
    this.lineFailuresInARow = reason === 'failed' ? this.lineFailuresInARow + 1 : 0;
    let seconds = this.config.wrapUpSeconds;
    if (!call.reachedRep) {
      // Whatever the line calls a call the rep cut short before an answer, nobody answered it.
      const outcomeCode = endedBy === 'rep' ? 'no-answer' : automaticOutcomeFor(reason);
      call.draft = { ...call.draft, outcomeCode, automatic: true };
      if (endedBy !== 'rep') seconds = this.config.autoWrapUpSeconds;
    }
    this.enterWrapUp(state.offer, call, seconds);
    await this.saveProgress(call);
  }

  private armCallTimer(call: ActiveCall, kind: 'stuck' | 'no-answer'): void {
    call.timer?.cancel();
    const seconds =
      kind === 'stuck'
        ? this.config.stuckDialingTimeoutSeconds
        : this.config.noAnswerTimeoutSeconds;
    call.timer = this.clock.setTimer(
      () => this.event(() => this.onCallTimeout(call, kind)),
      seconds * 1000,
    );
  }

  private hangUpLine(call: ActiveCall): void {
    if (!call.placed || call.hangupSent) return;
    call.hangupSent = true;
    this.inFlight.track(
      promiseOf(() => this.provider.hangup(call.attempt.id)).catch((error: unknown) => {
        this.lastError = `The line did not confirm the hang-up (${messageOf(error)})`;
        this.publish();
      }),
    );
  }

  private async onLine(action: () => Promise<void>, what: string): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.lastError = `Could not ${what} (${messageOf(error)})`;
      this.publish();
      throw new DomainError('unavailable', this.lastError);
    }
  }

  private noteProviderCallId(call: ActiveCall, providerCallId: string): void {
    if (call.attempt.providerCallId !== null) return;
    call.attempt = { ...call.attempt, providerCallId };
    this.publish();
  }

  private liveCall(attemptId: string): ActiveCall | null {
    const state = this.state;
    return isInCall(state) && state.call.placed && state.call.attempt.id === attemptId
      ? state.call
      : null;
  }

  /** Progress writes never hold the call back: the state follows the line, the store catches up. */
  private async saveProgress(call: ActiveCall): Promise<void> {
    try {
      await this.ports.saveCallProgress(call.attempt);
    } catch (error) {
      this.lastError =
        `Could not save the call's progress (${messageOf(error)}); ` +
        'it is saved again with the outcome.';
      this.publish();
    }
  }

  // ── Wrap-up ────────────────────────────────────────────────────────────────────────────────

  private enterWrapUp(offer: LeadOffer, call: ActiveCall, seconds: number): void {
    this.setState({ name: 'wrap-up', offer, call, wrapUp: this.startCountdown(seconds) });
    if (this.config.autoAdvance && this.pauseAfterCall === null) this.leads.lookUpEarly();
  }

  private startCountdown(seconds: number): WrapUp {
    const wrapUp: WrapUp = { deadline: this.clock.now() + seconds * 1000, timer: null };
    wrapUp.timer = this.clock.setTimer(() => this.onWrapUpExpired(wrapUp), seconds * 1000);
    return wrapUp;
  }

  /** Edits restart the countdown: it limits the rep's idle time, it never cuts off a note. */
  private editDraft(action: string, change: (draft: OutcomeDraft) => OutcomeDraft): void {
    const state = this.expect(['connected', 'wrap-up'], action);
    state.call.draft = { ...change(state.call.draft), automatic: false };
    if (state.name === 'connected') return this.publish();
    this.setState({ ...state, wrapUp: this.startCountdown(this.config.wrapUpSeconds) });
  }

  /** Out of time: confirm a usable outcome; without one, pause rather than guess. */
  private onWrapUpExpired(wrapUp: WrapUp): void {
    const pending = this.pendingDials.announce();
    this.event(async () => {
      try {
        const state = this.state;
        if (state.name !== 'wrap-up' || state.wrapUp !== wrapUp) return;
        const check = this.outcomes.check(state.call.draft);
        if (!check.ok) {
          return this.pauseNow('other', 'wrap-up-expired', {
            offer: state.offer,
            call: state.call,
          });
        }
        await this.record(state, check.disposition);
        await this.afterWrapUp(pending);
      } finally {
        this.pendingDials.finished(pending);
      }
    });
  }

  private async record(state: StateOf<'wrap-up'>, disposition: Disposition): Promise<void> {
    const { offer, call } = state;
    state.wrapUp.timer?.cancel();
    const attempt = attemptWithOutcome(call.attempt, disposition, call.draft, this.clock.now());
    try {
      await this.ports.recordOutcome(attempt, disposition);
    } catch (error) {
      // The countdown stays stopped so a failing store is not retried behind the rep's back.
      throw this.fail(
        error,
        (cause) =>
          `Could not record the outcome (${cause}); it is still chosen: confirm to try again`,
        () => this.setState({ ...state, wrapUp: { deadline: null, timer: null } }),
      );
    }
    call.attempt = attempt;
    this.lastOutcome = { offer, call };
  }

  private async afterWrapUp(pending: PendingDial): Promise<void> {
    const pauseCode = pending.pauseWith ?? this.pauseAfterCall;
    this.pauseAfterCall = null;
    if (pauseCode) {
      if (pending.pauseWith) pending.honored = 'paused';
      return this.pauseNow(pauseCode, 'rep', null);
    }
    if (this.lineFailuresInARow >= this.config.maxConsecutiveLineFailures) {
      this.lastError =
        `${this.lineFailuresInARow} calls in a row failed on the line, so dialing is paused. ` +
        'Check the connection, then resume.';
      return this.pauseNow('other', 'line-failing', null);
    }
    if (!this.config.autoAdvance) {
      await this.leads.dropLookAhead();
      return this.setState({ name: 'idle', reason: 'wrap-up-done' });
    }
    try {
      await this.advance(pending);
    } catch (error) {
      // The outcome is recorded; what went wrong with the next lead is already on screen.
      this.report(error);
    }
  }

  private async pauseNow(
    code: PauseCode,
    reason: PauseReason,
    unfinished: StateOf<'paused'>['unfinished'],
  ): Promise<void> {
    await this.leads.dropLookAhead();
    if (reason === 'line-failing') this.lineFailuresInARow = 0;
    this.setState({ name: 'paused', pause: { code, reason, since: this.clock.now() }, unfinished });
  }

  // ── Plumbing ───────────────────────────────────────────────────────────────────────────────

  private expect<N extends SessionState['name']>(names: readonly N[], action: string): StateOf<N> {
    const state = this.state;
    if (!(names as readonly string[]).includes(state.name)) {
      throw illegalTransition(action, state.name, names);
    }
    return state as StateOf<N>;
  }

  private setState(next: SessionState): void {
    const previous = this.state;
    if (
      previous.name === 'wrap-up' &&
      !(next.name === 'wrap-up' && next.wrapUp === previous.wrapUp)
    ) {
      previous.wrapUp.timer?.cancel();
    }
    if (isInCall(previous) && !(isInCall(next) && next.call === previous.call)) {
      previous.call.timer?.cancel();
      previous.call.timer = null;
    }
    if (next.name !== previous.name || offerOf(next) !== offerOf(previous)) {
      this.stateSince = this.clock.now();
    }
    this.state = next;
    this.publish();
  }

  private publish(): void {
    this.seq = this.nextSnapshotSeq();
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of [...this.listeners]) {
      try {
        listener(snapshot);
      } catch {
        // A broken view must not break the call.
      }
    }
  }

  /** Runs a rep's intent in turn; it rejects with a DomainError saying why when it cannot. */
  private intent<T>(step: () => T | Promise<T>, pending?: PendingDial): Promise<T> {
    return this.queue.run(async () => {
      try {
        if (this.closed) throw new DomainError('unavailable', 'This dialing session has ended.');
        return await step();
      } finally {
        if (pending) this.pendingDials.finished(pending);
      }
    });
  }

  /** Applies news from the line or the clock in turn; a failure shows as the last error. */
  private event(step: () => void | Promise<void>): void {
    this.queue
      .run(async () => {
        if (!this.closed) await step();
      })
      .catch((error: unknown) => this.report(error));
  }

  private report(error: unknown): void {
    this.lastError = messageOf(error);
    this.publish();
  }

  private fail(
    error: unknown,
    describe: (cause: string) => string,
    restore: () => void,
  ): DomainError {
    const failure = new DomainError(failureCode(error), describe(messageOf(error)));
    this.lastError = failure.message;
    restore();
    return failure;
  }

  private clearMessages(): void {
    this.lastError = null;
    this.notice = null;
  }
}

function offerOf(state: SessionState): LeadOffer | null {
  if (state.name === 'idle') return null;
  if (state.name === 'paused') return state.unfinished?.offer ?? null;
  return state.offer;
}

/** The rep's hang-up may reach the line first, and the line's news of it arrive before it. */
function endedBy(call: ActiveCall): EndedBy {
  return call.endRequestedByRep ? 'rep' : 'line';
}

function nameOf(offer: LeadOffer): string {
  return leadDisplayName(offer.lead);
}

/** A provider that throws instead of rejecting still yields a rejection. */
function promiseOf<T>(action: () => Promise<T>): Promise<T> {
  try {
    return action();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
