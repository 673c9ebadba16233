import { describe, expect, it } from 'vitest';
import { speedToLead } from '../../../renderer/src/lead/speed-to-lead';

const MINUTE = 60_000;
const now = Date.UTC(2026, 10, 27, 15, 0);

describe('speedToLead: the lead’s age against the 1 h SLA', () => {
  it('counts down calmly while more than 30 min are left', () => {
    expect(speedToLead({ createdAt: now - 12 * MINUTE, firstAttemptAt: null }, now)).toEqual({
      tone: 'calm',
      age: '12 min',
      status: '48 min left',
      sla: '1 h SLA',
    });
  });

  it('turns amber in the last 30 min', () => {
    const result = speedToLead({ createdAt: now - 35 * MINUTE, firstAttemptAt: null }, now);
    expect(result.tone).toBe('warning');
    expect(result.status).toBe('25 min left');
  });

  it('turns red past the SLA and says by how much', () => {
    expect(speedToLead({ createdAt: now - 85 * MINUTE, firstAttemptAt: null }, now)).toEqual({
      tone: 'late',
      age: '1 h 25 min',
      status: '25 min over',
      sla: '1 h SLA',
    });
  });

  it('shows the response time of a lead already dialed instead of a countdown', () => {
    expect(
      speedToLead({ createdAt: now - 3 * 60 * MINUTE, firstAttemptAt: now - 170 * MINUTE }, now),
    ).toEqual({ tone: 'answered', age: '3 h', sla: '1 h SLA', status: 'dialed after 10 min' });
  });
});
