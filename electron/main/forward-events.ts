import { eventChannel } from '../../shared/ipc/contract';
import type { EventHub } from '../core/platform/events/event-hub';

export interface EventRecipient {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/** Pushes every core event to every live window; returns the unsubscribe. */
export function forwardCoreEvents(
  events: EventHub,
  targets: () => Iterable<EventRecipient>,
): () => void {
  return events.subscribe((event, payload) => {
    for (const target of targets()) {
      if (!target.isDestroyed()) target.send(eventChannel(event), payload);
    }
  });
}
