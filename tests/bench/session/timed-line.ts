import type {
  DialRequest,
  ProviderListener,
  TelephonyProvider,
} from '../../../electron/core/telephony/provider';

/** Wraps a provider and notes the moment each dial() is called: where "next call dialed" ends. */
export class TimedLine implements TelephonyProvider {
  readonly dialedAt: number[] = [];

  constructor(private readonly line: TelephonyProvider) {}

  get name(): string {
    return this.line.name;
  }

  dial(request: DialRequest): Promise<{ providerCallId: string }> {
    this.dialedAt.push(performance.now());
    return this.line.dial(request);
  }

  hangup(attemptId: string): Promise<void> {
    return this.line.hangup(attemptId);
  }

  setMuted(attemptId: string, muted: boolean): Promise<void> {
    return this.line.setMuted(attemptId, muted);
  }

  sendDigits(attemptId: string, digits: string): Promise<void> {
    return this.line.sendDigits(attemptId, digits);
  }

  subscribe(listener: ProviderListener): () => void {
    return this.line.subscribe(listener);
  }

  dispose(): Promise<void> {
    return this.line.dispose();
  }
}
