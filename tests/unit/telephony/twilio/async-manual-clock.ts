import { ManualClock } from '../../../support/manual-clock';

/** Lets every promise chain and IPC hop that is already under way run to its end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A hand-moved clock for code that also awaits: after each timer fires, the promise chains it
 * started (a window's report, the core's answer) finish before the next timer is due.
 */
export class AsyncManualClock extends ManualClock {
  /** Like advance, letting the promise chains each timer starts finish before the next fires. */
  async advanceSettling(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    while (this.fireNextDue(target)) await settle();
    this.current = target;
  }
}
