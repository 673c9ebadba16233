import type { EventName, Events } from '../../../../shared/ipc/contract';

export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void;

/** What the core pushes to every window or browser tab. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
