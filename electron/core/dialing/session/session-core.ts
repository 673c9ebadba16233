import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../../shared/clock';
import type { Disposition } from '../../../../shared/domain/disposition';
import type { Lead } from '../../../../shared/domain/lead';
import type { PauseCode } from '../../../../shared/domain/session';
import { DomainError } from '../../../../shared/result';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import type { TelephonyProvider } from '../../telephony';
import { InFlightWork } from './in-flight-work';
import { LeadSupply } from './lead-supply';
import { OutcomeBook } from './outcome-book';
import { PendingDials, type PendingDial } from './pending-dials';
import {
  resolveSessionConfig,
  type SessionConfig,
  type SessionConfigInput,
} from './session-config';
import { failureCode, messageOf, refusalError } from './session-errors';
import type { LeadOffer, SessionPorts } from './session-ports';
import type { PauseReason, SessionSnapshot } from './session-snapshot';
import { isInCall, type ActiveCall, type SessionState, type StateOf } from './session-state';
import { snapshotOf } from './snapshot-of';
import { phaseOf, transition, type Input, type PhaseAccepting, type StateIn } from './transitions';

export interface PowerDialSessionDeps {
  repId: string;
  provider: TelephonyProvider;
  clock: Clock;
  ports: SessionPorts;
  /** The outcomes of the rep's own campaigns; the system ones (busy, failed) are added when missing. */
  dispositions: readonly Disposition[];
  /** Campaigns with outcomes of their own (the team's), by campaign id. */
  campaignDispositions?: ReadonlyMap<string, readonly Disposition[]>;
  config?: SessionConfigInput;
  /** Local presence: the caller ID a dial to this lead presents; null lets the line choose. */
  callerIdFor?: (lead: Lead) => string | null;
  newAttemptId?: () => string;
  /** Numbers the snapshots; shared by the sessions a core replaces, so it never goes back. */
  nextSnapshotSeq?: () => number;
}

export type SnapshotListener = (snapshot: SessionSnapshot) => void;

/**
 * What every part of the session shares: its state, the one queue its intents and news are
 * applied in, the snapshot it publishes after every change, and the transition table's verdict
 * on each input.
 */
export class SessionCore {
  readonly config: SessionConfig;
  readonly repId: string;
  readonly provider: TelephonyProvider;
  readonly clock: Clock;
  readonly ports: SessionPorts;
  private readonly outcomes: OutcomeBook;
  private readonly campaignOutcomes = new Map<string, OutcomeBook>();
  readonly newAttemptId: () => string;
  private readonly chooseCallerId: ((lead: Lead) => string | null) | null;
  readonly inFlight = new InFlightWork();
  readonly pendingDials = new PendingDials();
  readonly leads: LeadSupply;
  pauseAfterCall: PauseCode | null = null;
  /** The last recorded outcome: it can be changed or withdrawn until the next one is recorded. */
  lastOutcome: { offer: LeadOffer; call: ActiveCall } | null = null;
  /** A call whose outcome was withdrawn while another was on: its wrap-up comes next. */
  reopened: { offer: LeadOffer; call: ActiveCall } | null = null;
  lineFailuresInARow = 0;
  notice: string | null = null;
  lastError: string | null = null;
  private readonly nextSnapshotSeq: () => number;
  /** The seq of the state as last published; snapshot() reads it without advancing it. */
  private seq: number;
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<SnapshotListener>();
  private current: SessionState = { name: 'idle', reason: 'not-started' };
  private stateSince: number;
  private closed = false;

  constructor(deps: PowerDialSessionDeps) {
    this.config = resolveSessionConfig(deps.config ?? {});
    this.repId = deps.repId;
    this.provider = deps.provider;
    this.clock = deps.clock;
    this.ports = deps.ports;
    this.outcomes = new OutcomeBook(deps.dispositions, this.config.keepOutcomesNotOnTheLine);
    for (const [campaignId, list] of deps.campaignDispositions ?? []) {
      this.campaignOutcomes.set(
        campaignId,
        new OutcomeBook(list, this.config.keepOutcomesNotOnTheLine),
      );
    }
    this.newAttemptId = deps.newAttemptId ?? randomUUID;
    this.chooseCallerId = deps.callerIdFor ?? null;
    let seq = 0;
    this.nextSnapshotSeq = deps.nextSnapshotSeq ?? (() => ++seq);
    this.seq = this.nextSnapshotSeq();
    this.stateSince = this.clock.now();
    this.leads = new LeadSupply(
      this.ports,
      (work) => this.inFlight.track(work),
      (message) => (this.lastError = message),
    );
  }

  /** The outcomes a call to this lead may record: its campaign's own, else the shared list. */
  outcomesFor(offer: LeadOffer): OutcomeBook {
    return this.campaignOutcomes.get(offer.lead.campaignId) ?? this.outcomes;
  }

  /** Local presence's number for this lead, else the configured caller ID (null: the line's own). */
  callerIdFor(lead: Lead): string | null {
    return this.chooseCallerId?.(lead) ?? this.config.callerId;
  }

  get state(): SessionState {
    return this.current;
  }

  snapshot(): SessionSnapshot {
    return snapshotOf({
      seq: this.seq,
      repId: this.repId,
      mode: this.config.mode,
      state: this.current,
      stateSince: this.stateSince,
      pauseAfterCall: this.pauseAfterCall,
      lastOutcome: this.lastOutcome,
      reopened: this.reopened,
      notice: this.notice,
      lastError: this.lastError,
    });
  }

  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async settled(): Promise<void> {
    for (;;) {
      await this.queue.drained();
      if (this.inFlight.size === 0) return;
      await this.inFlight.settled();
    }
  }

  /** Later intents are refused and news is dropped; false when it was closed already. */
  close(): boolean {
    if (this.closed) return false;
    this.closed = true;
    return true;
  }

  dropListeners(): void {
    this.listeners.clear();
  }

  // ── The transition table ───────────────────────────────────────────────────────────────────

  /** The state, when the table has `input` move from it; else the table's refusal is thrown. */
  allow<I extends Input>(input: I): StateIn<PhaseAccepting<I>> {
    const state = this.accepting(input);
    if (state) return state;
    throw this.refusal(input);
  }

  /** The state, when the table has `input` move from it; else null (refused, or news ignored). */
  accepting<I extends Input>(input: I): StateIn<PhaseAccepting<I>> | null {
    const state = this.current;
    if (transition(phaseOf(state), input).kind !== 'move') return null;
    return state as StateIn<PhaseAccepting<I>>;
  }

  /** The error the table gives for `input` now. */
  refusal(input: Input): DomainError {
    const entry = transition(phaseOf(this.current), input);
    if (entry.kind !== 'refused') {
      throw new Error(`The table does not refuse ${input} while ${phaseOf(this.current)}.`);
    }
    return refusalError(entry, this.current);
  }

  // ── Changes ────────────────────────────────────────────────────────────────────────────────

  setState(next: SessionState): void {
    const previous = this.current;
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
    this.current = next;
    this.publish();
  }

  publish(): void {
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

  async pauseNow(
    code: PauseCode,
    reason: PauseReason,
    unfinished: StateOf<'paused'>['unfinished'],
  ): Promise<void> {
    await this.leads.dropLookAhead();
    if (reason === 'line-failing') this.lineFailuresInARow = 0;
    this.setState({ name: 'paused', pause: { code, reason, since: this.clock.now() }, unfinished });
  }

  clearMessages(): void {
    this.lastError = null;
    this.notice = null;
  }

  // ── One at a time ──────────────────────────────────────────────────────────────────────────

  /** Runs a rep's intent in turn; it rejects with a DomainError saying why when it cannot. */
  intent<T>(step: () => T | Promise<T>, pending?: PendingDial): Promise<T> {
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
  event(step: () => void | Promise<void>): void {
    this.queue
      .run(async () => {
        if (!this.closed) await step();
      })
      .catch((error: unknown) => this.report(error));
  }

  report(error: unknown): void {
    this.lastError = messageOf(error);
    this.publish();
  }

  fail(error: unknown, describe: (cause: string) => string, restore: () => void): DomainError {
    const failure = new DomainError(failureCode(error), describe(messageOf(error)));
    this.lastError = failure.message;
    restore();
    return failure;
  }
}

function offerOf(state: SessionState): LeadOffer | null {
  if (state.name === 'idle') return null;
  if (state.name === 'paused') return state.unfinished?.offer ?? null;
  return state.offer;
}
