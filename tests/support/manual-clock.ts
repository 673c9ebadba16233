import type { Clock, TimerHandle } from '../../shared/clock';

interface PendingTimer {
  id: number;
  dueAt: number;
  callback: () => void;
}

/** A clock tests move by hand: timers fire in due order as time is advanced, never on their own. */
export class ManualClock implements Clock {
  protected current: number;
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

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.current + ms;
    while (this.fireNextDue(target));
    this.current = target;
  }

  /** Fires the earliest timer due by `target` (time moves to it); false when none is. */
  protected fireNextDue(target: number): boolean {
    const due = this.timers
      .filter((t) => t.dueAt <= target)
      .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
    if (!due) return false;
    this.timers = this.timers.filter((t) => t.id !== due.id);
    this.current = Math.max(this.current, due.dueAt);
    due.callback();
    return true;
  }

  /** Fires the next pending timer, whenever it is due; returns false when none is pending. */
  runNext(): boolean {
    const next = [...this.timers].sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
    if (!next) return false;
    this.advance(Math.max(0, next.dueAt - this.current));
    return true;
  }

  pendingTimers(): number {
    return this.timers.length;
  }
}
