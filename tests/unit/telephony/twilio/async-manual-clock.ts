import type { Clock, TimerHandle } from '../../../../shared/clock';

interface PendingTimer {
  id: number;
  dueAt: number;
  callback: () => void;
}

/** Lets every promise chain and IPC hop that is already under way run to its end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A hand-moved clock for code that also awaits: after each timer fires, the promise chains it
 * started (a window's report, the core's answer) finish before the next timer is due.
 */
export class AsyncManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers: PendingTimer[] = [];

  constructor(startAt = Date.UTC(2026, 10, 27, 14, 0, 0)) {
    this.current = startAt;
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, delayMs: number): TimerHandle {
    const timer = { id: this.nextId++, dueAt: this.current + Math.max(0, delayMs), callback };
    this.timers.push(timer);
    return { cancel: () => (this.timers = this.timers.filter((t) => t.id !== timer.id)) };
  }

  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (;;) {
      const due = this.timers
        .filter((t) => t.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t.id !== due.id);
      this.current = Math.max(this.current, due.dueAt);
      due.callback();
      await settle();
    }
    this.current = target;
  }

  pendingTimers(): number {
    return this.timers.length;
  }
}
