import { describe, expect, it } from 'vitest';
import type { QueueSummary } from '../../../../shared/domain/queue';
import { WindowWake } from '../../../../electron/core/queue/summary/window-wake';
import { ManualClock } from '../../../support/manual-clock';

const waiting = (opensAt: number | null): QueueSummary => ({
  count: 3,
  next: null,
  upcoming: [],
  held: 0,
  nextWindow: opensAt === null ? null : { opensAt, timeZone: 'Europe/London', rule: null },
  ruleHolds: [],
});

describe('WindowWake', () => {
  it('asks for a fresh summary once, when the awaited window opens', () => {
    const clock = new ManualClock(0);
    let refreshed = 0;
    const wake = new WindowWake(clock, () => refreshed++);
    wake.follow(waiting(60_000));
    wake.follow(waiting(60_000)); // the same wait: still one timer
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(59_999);
    expect(refreshed).toBe(0);
    clock.advance(1);
    expect(refreshed).toBe(1);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('moves to a new opening and stops waiting when something is callable', () => {
    const clock = new ManualClock(0);
    let refreshed = 0;
    const wake = new WindowWake(clock, () => refreshed++);
    wake.follow(waiting(60_000));
    wake.follow(waiting(30_000));
    clock.advance(30_000);
    expect(refreshed).toBe(1);
    wake.follow(waiting(90_000));
    wake.follow(waiting(null));
    expect(clock.pendingTimers()).toBe(0);
    wake.follow(waiting(120_000));
    wake.close();
    clock.advance(200_000);
    expect(refreshed).toBe(1);
  });
});
