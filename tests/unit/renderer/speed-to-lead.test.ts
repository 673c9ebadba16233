import { describe, expect, it } from 'vitest';
import { reasonTone, speedToLead } from '../../../renderer/src/lead/speed-to-lead';

const MINUTE = 60_000;
const now = Date.UTC(2026, 10, 27, 15, 0);
/** A lead created `minutes` ago and not dialed yet. */
const waiting = (minutes: number) =>
  speedToLead({ createdAt: now - minutes * MINUTE, firstAttemptAt: null }, now);

describe('speedToLead: the lead’s age against the 1 h SLA', () => {
  it('counts down calmly while more than 30 min are left', () => {
    expect(waiting(12)).toEqual({
      tone: 'calm',
      age: '12 min',
      status: '48 min left',
      sla: '1 h SLA',
      late: false,
    });
  });

  it('turns amber in the last 30 min', () => {
    const result = waiting(35);
    expect(result.tone).toBe('warning');
    expect(result.status).toBe('25 min left');
  });

  it('turns red past the SLA and says by how much', () => {
    expect(waiting(85)).toEqual({
      tone: 'late',
      age: '1 h 25 min',
      status: '25 min over',
      sla: '1 h SLA',
      late: true,
    });
  });

  it('shows the response time of a lead already dialed instead of a countdown', () => {
    expect(
      speedToLead({ createdAt: now - 3 * 60 * MINUTE, firstAttemptAt: now - 170 * MINUTE }, now),
    ).toEqual({
      tone: 'answered',
      age: '3 h',
      sla: '1 h SLA',
      status: 'dialed after 10 min',
      late: false,
    });
  });

  it('never colours a missed SLA calm: waiting past it, or dialed after it', () => {
    expect(reasonTone(waiting(12))).toBe('calm');
    expect(reasonTone(waiting(35))).toBe('warning');
    expect(reasonTone(waiting(85))).toBe('late');
    const dialedLate = speedToLead(
      { createdAt: now - 3 * 60 * MINUTE, firstAttemptAt: now - 60 * MINUTE },
      now,
    );
    expect(dialedLate).toMatchObject({ tone: 'answered', late: true });
    expect(reasonTone(dialedLate)).toBe('late');
  });
});
