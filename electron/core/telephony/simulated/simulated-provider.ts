import type { Clock } from '../../../../shared/clock';
import { DomainError } from '../../../../shared/result';
import type { DialRequest, ProviderEvent, ProviderListener, TelephonyProvider } from '../provider';
import { planCall } from './call-plan';
import { assertDtmfDigits } from './dtmf';
import { ListenerSet } from './listener-set';
import { drawWeighted } from './random-draws';
import { mulberry32, type Random } from './seeded-random';
import { SimulatedCall } from './simulated-call';
import {
  assertOutcome,
  resolveSimulationSettings,
  type SimulatedOutcome,
  type SimulatedProviderOptions,
  type SimulationSettings,
} from './simulation-settings';

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * The embedded telephony provider for demo, training and tests: no network, realistic timing, a
 * prospect who talks back, and a seed that replays everything.
 *
 * Every dial draws its own sub-seed and its outcome from the provider's generator, then plans the
 * whole call from the sub-seed. So the n-th dial of a seed always goes the same way, however long
 * earlier calls lasted or whenever they were hung up.
 */
export class SimulatedTelephonyProvider implements TelephonyProvider {
  readonly name = 'simulated';
  private readonly clock: Clock;
  private readonly settings: SimulationSettings;
  private readonly random: Random;
  private readonly outcomeQueue: SimulatedOutcome[];
  private readonly calls = new Map<string, SimulatedCall>();
  /** What the simulated prospect's phone shows, per call in progress. */
  private readonly callerIds = new Map<string, string | null>();
  private readonly listeners = new ListenerSet<ProviderEvent>();
  private disposed = false;

  constructor(options: SimulatedProviderOptions) {
    this.clock = options.clock;
    this.settings = resolveSimulationSettings(options);
    this.random = mulberry32(this.settings.seed);
    this.outcomeQueue = [...this.settings.scriptedOutcomes];
  }

  dial(request: DialRequest): Promise<{ providerCallId: string }> {
    return asPromise(() => {
      if (this.disposed) throw new DomainError('unavailable', 'The simulated line is shut down.');
      assertDialable(request);
      if (this.calls.has(request.attemptId)) {
        throw new DomainError('conflict', `Attempt ${request.attemptId} already has a call.`);
      }
      const callRandom = mulberry32(this.random.nextUint32());
      const drawnOutcome = drawWeighted(this.random, this.settings.outcomeWeights);
      // Drawn even when scripted, so a script does not shift the outcomes of the dials after it.
      const outcome = this.outcomeQueue.shift() ?? drawnOutcome;
      const providerCallId = simulatedCallId(callRandom);
      const call = new SimulatedCall(
        request.attemptId,
        providerCallId,
        planCall(callRandom, this.settings, outcome),
        this.clock,
        (event) => this.listeners.emit(event),
        () => {
          this.calls.delete(request.attemptId);
          this.callerIds.delete(request.attemptId);
        },
      );
      this.calls.set(request.attemptId, call);
      this.callerIds.set(request.attemptId, request.callerId);
      call.start();
      return { providerCallId };
    });
  }

  /** Ends the call now ('hangup-local' when connected, 'canceled' before); no-op once it is over. */
  hangup(attemptId: string): Promise<void> {
    return asPromise(() => this.calls.get(attemptId)?.hangUpLocally());
  }

  setMuted(attemptId: string, muted: boolean): Promise<void> {
    return asPromise(() => this.liveCall(attemptId, 'mute').setMuted(muted));
  }

  /** Whether the rep is muted on this call as the line has it; false once the call is over. */
  isMuted(attemptId: string): boolean {
    return this.calls.get(attemptId)?.isMuted ?? false;
  }

  /** The caller ID the prospect sees on this call; null when none was asked for or it is over. */
  callerIdShown(attemptId: string): string | null {
    return this.callerIds.get(attemptId) ?? null;
  }

  sendDigits(attemptId: string, digits: string): Promise<void> {
    return asPromise(() => {
      assertDtmfDigits(digits);
      this.liveCall(attemptId, 'send keypad tones');
    });
  }

  subscribe(listener: ProviderListener): () => void {
    return this.listeners.add(listener);
  }

  /** Hangs up every call in progress (listeners hear it), then goes silent for good. */
  dispose(): Promise<void> {
    return asPromise(() => {
      if (this.disposed) return;
      for (const call of [...this.calls.values()]) call.hangUpLocally();
      this.disposed = true;
      this.listeners.clear();
    });
  }

  /** Forces the outcomes of the next dials, after any already queued (tests, training drills). */
  queueOutcomes(outcomes: readonly SimulatedOutcome[]): void {
    for (const outcome of outcomes) assertOutcome(outcome);
    this.outcomeQueue.push(...outcomes);
  }

  /** The prospect hangs up a connected call now ('hangup-remote'); throws when it is not connected. */
  remoteHangup(attemptId: string): void {
    this.liveCall(attemptId, 'hang up remotely').hangUpRemotely();
  }

  private liveCall(attemptId: string, action: string): SimulatedCall {
    const call = this.calls.get(attemptId);
    if (!call) {
      throw new DomainError(
        'illegal-transition',
        `Cannot ${action}: attempt ${attemptId} has no call in progress.`,
      );
    }
    call.assertLive(action);
    return call;
  }
}

function assertDialable(request: DialRequest): void {
  if (typeof request.attemptId !== 'string' || request.attemptId.trim() === '') {
    throw new DomainError('invalid-argument', 'Cannot dial without an attempt id.');
  }
  if (!E164.test(request.to)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot dial "${request.to}": the number must be in E.164 form, like +14155550123.`,
    );
  }
  if (request.callerId !== null && !E164.test(request.callerId)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot present caller ID "${request.callerId}": it must be in E.164 form.`,
    );
  }
}

/** Shaped like a Twilio call SID ("CA" + 32 hex) so logs look alike; "SIM" marks it simulated. */
function simulatedCallId(random: Random): string {
  const words = Array.from({ length: 4 }, () => random.nextUint32().toString(16).padStart(8, '0'));
  return `SIM${words.join('')}`;
}

/** Runs a synchronous action as a promise, so a throw becomes a rejection. */
function asPromise<T>(action: () => T): Promise<T> {
  try {
    return Promise.resolve(action());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
