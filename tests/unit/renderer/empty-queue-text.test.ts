import { describe, expect, it } from 'vitest';
import type { QueueSummary } from '../../../shared/domain/queue';
import { emptyQueueText } from '../../../renderer/src/queue/empty-queue-text';

const NOW = Date.parse('2026-11-24T05:50:00Z');
const queue = (overrides: Partial<QueueSummary>): QueueSummary => ({
  count: 0,
  next: null,
  upcoming: [],
  held: 0,
  nextWindow: null,
  ruleHolds: [],
  ...overrides,
});

describe('emptyQueueText', () => {
  it('tells an empty queue from one whose leads are outside their calling hours', () => {
    expect(emptyQueueText(queue({}), 'America/New_York', NOW)).toBe(
      'The queue is empty. Import leads to start dialing.',
    );
    const asleep = queue({
      count: 36,
      nextWindow: {
        opensAt: Date.parse('2026-11-24T08:00:00Z'),
        timeZone: 'Europe/London',
        rule: null,
      },
    });
    expect(emptyQueueText(asleep, 'America/New_York', NOW)).toBe(
      'Nothing to dial right now: 36 leads wait for calling hours. The first window opens at ' +
        '3:00 AM your time (8:00 AM in London), in 2 h 10 min.',
    );
  });

  it('names held leads and leads waiting for their time', () => {
    expect(emptyQueueText(queue({ held: 1 }), 'UTC', NOW)).toBe(
      'Nothing to dial: 1 lead is held for review (Leads, Ctrl+2).',
    );
    expect(emptyQueueText(queue({ count: 1 }), 'UTC', NOW)).toBe(
      'Nothing to dial right now: 1 lead waits for a callback time or the spacing between attempts.',
    );
    expect(emptyQueueText(null, 'UTC', NOW)).toBe('Loading the queue…');
  });
});
