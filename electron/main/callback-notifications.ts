import type { CallbackReminder } from '../../shared/domain/callback';
import type { EventHub } from '../core/platform/events/event-hub';

/** What the OS notification needs; Electron's Notification class, or a fake in tests. */
export interface DesktopNotifier {
  isSupported(): boolean;
  show(notification: { title: string; body: string; onClick: () => void }): void;
}

/** The words of a reminder: who, and when on the lead's clock. */
export function reminderText(reminder: CallbackReminder): { title: string; body: string } {
  const time = new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    ...(reminder.timeZone ? { timeZone: reminder.timeZone, timeZoneName: 'short' } : {}),
  }).format(reminder.dueAt);
  const body = reminder.note ? `Due ${time}. ${reminder.note}` : `Due ${time}.`;
  return { title: `Callback: ${reminder.name}`, body };
}

/**
 * A callback is a promise: its reminder also reaches the rep as an OS notification when the
 * window is in the background. Clicking it brings the window forward (the in-app banner is there).
 */
export function notifyDueCallbacks(
  events: EventHub,
  notifier: DesktopNotifier,
  focusWindow: () => void,
): () => void {
  return events.subscribe((event, payload) => {
    if (event !== 'callbacks.due' || !notifier.isSupported()) return;
    notifier.show({ ...reminderText(payload as CallbackReminder), onClick: focusWindow });
  });
}
