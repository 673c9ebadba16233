import type { ProviderEvent, TelephonyProvider } from '../../../electron/core/telephony/provider';

export type ProviderEventType = ProviderEvent['type'];

/** Subscribes to a provider and keeps every event it delivers, in order. */
export class EventRecorder {
  readonly events: ProviderEvent[] = [];
  readonly stop: () => void;

  constructor(provider: TelephonyProvider) {
    this.stop = provider.subscribe((event) => this.events.push(event));
  }

  of(attemptId: string): ProviderEvent[] {
    return this.events.filter((event) => event.attemptId === attemptId);
  }

  typesOf(attemptId: string): ProviderEventType[] {
    return this.of(attemptId).map((event) => event.type);
  }

  has(attemptId: string, type: ProviderEventType): boolean {
    return this.of(attemptId).some((event) => event.type === type);
  }

  find<T extends ProviderEventType>(
    attemptId: string,
    type: T,
  ): Extract<ProviderEvent, { type: T }> | undefined {
    return this.of(attemptId).find(
      (event): event is Extract<ProviderEvent, { type: T }> => event.type === type,
    );
  }

  terminalsOf(attemptId: string): ProviderEvent[] {
    return this.of(attemptId).filter((event) => event.type === 'ended' || event.type === 'failed');
  }
}
