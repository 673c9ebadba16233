import type { DialRequest, ProviderListener, TelephonyProvider } from './provider';

/**
 * The line the settings choose, decided per dial: a rep who switches between the simulated line
 * and Twilio does not restart. Each call stays with the provider that placed it to its end.
 */
export class ProviderRouter implements TelephonyProvider {
  private readonly owners = new Map<string, TelephonyProvider>();
  private readonly stopTracking: Array<() => void>;

  constructor(
    private readonly providers: Readonly<Record<string, TelephonyProvider>>,
    private readonly selected: () => string,
    private readonly fallback: TelephonyProvider,
  ) {
    this.stopTracking = this.all().map((provider) =>
      provider.subscribe((event) => {
        if (event.type === 'ended' || event.type === 'failed') this.owners.delete(event.attemptId);
      }),
    );
  }

  get name(): string {
    return this.current().name;
  }

  async dial(request: DialRequest): Promise<{ providerCallId: string }> {
    const provider = this.current();
    this.owners.set(request.attemptId, provider);
    try {
      return await provider.dial(request);
    } catch (error) {
      if (this.owners.get(request.attemptId) === provider) this.owners.delete(request.attemptId);
      throw error;
    }
  }

  hangup(attemptId: string): Promise<void> {
    return this.ownerOf(attemptId).hangup(attemptId);
  }

  setMuted(attemptId: string, muted: boolean): Promise<void> {
    return this.ownerOf(attemptId).setMuted(attemptId, muted);
  }

  sendDigits(attemptId: string, digits: string): Promise<void> {
    return this.ownerOf(attemptId).sendDigits(attemptId, digits);
  }

  subscribe(listener: ProviderListener): () => void {
    const stops = this.all().map((provider) => provider.subscribe(listener));
    return () => stops.forEach((stop) => stop());
  }

  async dispose(): Promise<void> {
    await Promise.all(this.all().map((provider) => provider.dispose()));
    this.stopTracking.forEach((stop) => stop());
    this.owners.clear();
  }

  private current(): TelephonyProvider {
    return this.providers[this.selected()] ?? this.fallback;
  }

  private ownerOf(attemptId: string): TelephonyProvider {
    return this.owners.get(attemptId) ?? this.current();
  }

  private all(): TelephonyProvider[] {
    return [...new Set([...Object.values(this.providers), this.fallback])];
  }
}
