import type { Clock } from '../../../../shared/clock';
import type { AnsweredBy, CallEndReason } from '../../../../shared/domain/call';
import type {
  DialRequest,
  ProviderEvent,
  ProviderListener,
  TelephonyProvider,
} from '../../../../electron/core/telephony/provider';
import type { Deferred } from './deferred';

/** A line the test plays by hand: it records what the session asks and says what the test says. */
export class FakeProvider implements TelephonyProvider {
  readonly name = 'fake';
  readonly dials: DialRequest[] = [];
  readonly hangups: string[] = [];
  readonly mutes: Array<{ attemptId: string; muted: boolean }> = [];
  readonly digits: Array<{ attemptId: string; digits: string }> = [];
  /** When set, the next dial() waits for it before resolving (events may come first). */
  dialGate: Deferred<void> | null = null;
  dialError: Error | null = null;
  lineError: Error | null = null;
  /** Like real lines, a hang-up of a live call is reported back as an 'ended' event at once. */
  echoHangup = true;
  private readonly listeners = new Set<ProviderListener>();
  private readonly callIds = new Map<string, string>();
  private readonly live = new Set<string>();

  constructor(private readonly clock: Clock) {}

  async dial(request: DialRequest): Promise<{ providerCallId: string }> {
    this.dials.push(request);
    const providerCallId = `CALL-${this.dials.length}`;
    this.callIds.set(request.attemptId, providerCallId);
    const gate = this.dialGate;
    this.dialGate = null;
    if (gate) await gate.promise;
    if (this.dialError) throw this.dialError;
    this.live.add(request.attemptId);
    return { providerCallId };
  }

  hangup(attemptId: string): Promise<void> {
    this.hangups.push(attemptId);
    if (this.lineError) return Promise.reject(this.lineError);
    if (this.live.has(attemptId) && this.echoHangup) this.end(attemptId, 'hangup-local');
    return Promise.resolve();
  }

  setMuted(attemptId: string, muted: boolean): Promise<void> {
    this.mutes.push({ attemptId, muted });
    return this.lineError ? Promise.reject(this.lineError) : Promise.resolve();
  }

  sendDigits(attemptId: string, digits: string): Promise<void> {
    this.digits.push({ attemptId, digits });
    return this.lineError ? Promise.reject(this.lineError) : Promise.resolve();
  }

  subscribe(listener: ProviderListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  lastDial(): DialRequest {
    const last = this.dials.at(-1);
    if (!last) throw new Error('Nothing was dialed.');
    return last;
  }

  callIdOf(attemptId: string): string {
    return this.callIds.get(attemptId) ?? 'unknown';
  }

  ring(attemptId = this.lastDial().attemptId): void {
    this.emit({
      type: 'ringing',
      attemptId,
      providerCallId: this.callIdOf(attemptId),
      at: this.clock.now(),
    });
  }

  answer(attemptId = this.lastDial().attemptId, by: AnsweredBy = 'human'): void {
    this.emit({
      type: 'answered',
      attemptId,
      providerCallId: this.callIdOf(attemptId),
      at: this.clock.now(),
      by,
    });
  }

  end(attemptId = this.lastDial().attemptId, reason: CallEndReason = 'hangup-remote'): void {
    this.live.delete(attemptId);
    this.emit({
      type: 'ended',
      attemptId,
      providerCallId: this.callIdOf(attemptId),
      at: this.clock.now(),
      reason,
    });
  }

  fail(attemptId = this.lastDial().attemptId, message = 'The number could not be reached.'): void {
    this.live.delete(attemptId);
    this.emit({
      type: 'failed',
      attemptId,
      providerCallId: this.callIdOf(attemptId),
      at: this.clock.now(),
      code: 'unreachable',
      message,
    });
  }

  emit(event: ProviderEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
