import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../electron/core/platform/events/event-hub';
import {
  notifyDueCallbacks,
  type DesktopNotifier,
} from '../../../electron/main/callback-notifications';

function fakeNotifier(supported = true) {
  const shown: Array<{ title: string; body: string; onClick: () => void }> = [];
  const notifier: DesktopNotifier = {
    isSupported: () => supported,
    show: (notification) => shown.push(notification),
  };
  return { notifier, shown };
}

describe('callback reminders as OS notifications', () => {
  it('shows who and when on the lead’s clock, and focuses the window on click', () => {
    const events = new EventHub();
    const { notifier, shown } = fakeNotifier();
    let focused = 0;
    notifyDueCallbacks(events, notifier, () => (focused += 1));
    events.emit('callbacks.due', {
      leadId: 7,
      name: 'Maria Gonzalez',
      dueAt: Date.UTC(2026, 10, 27, 20, 0),
      timeZone: 'America/New_York',
      note: 'Wants a call after 4pm.',
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      title: 'Callback: Maria Gonzalez',
      body: 'Due 3:00 PM EST. Wants a call after 4pm.',
    });
    shown[0]!.onClick();
    expect(focused).toBe(1);
  });

  it('ignores other events and stays quiet where notifications are not supported', () => {
    const events = new EventHub();
    const supported = fakeNotifier();
    const unsupported = fakeNotifier(false);
    notifyDueCallbacks(events, supported.notifier, () => undefined);
    notifyDueCallbacks(events, unsupported.notifier, () => undefined);
    events.emit('dnc.changed', { total: 3 });
    expect(supported.shown).toHaveLength(0);
    events.emit('callbacks.due', { leadId: 1, name: 'Ana', dueAt: 0, timeZone: null, note: null });
    expect(supported.shown).toHaveLength(1);
    expect(unsupported.shown).toHaveLength(0);
  });
});
