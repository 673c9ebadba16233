import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../shared/clock';
import { withThresholds } from '../../../../shared/floor/alert-thresholds';
import { evaluatePoolAlerts } from '../../../../shared/floor/pool-alerts';
import type { PoolLeadState } from '../../../../electron/hub/pool/claims/pool-lead-state';
import { summarizePool } from '../../../../electron/hub/pool/routing/pool-summary';
import { freshPoolLead } from '../../../support/pool-lead';

const NOW = Date.UTC(2026, 11, 7, 17, 0, 0);

function lead(id: string, fields: Partial<PoolLeadState> = {}): PoolLeadState {
  return freshPoolLead(id, NOW - 10 * MINUTE_MS, { phoneE164: '+13035550100', ...fields });
}

describe('the pool on the floor', () => {
  const waitingWeb = lead('w1', { arrivedAt: NOW - 3 * MINUTE_MS });
  const waitingForm = lead('w2', { source: 'contact-form', arrivedAt: NOW - 30_000 });
  const waitingWeb2 = lead('w3', { arrivedAt: NOW - MINUTE_MS, reassignCount: 2 });
  const retryDue = lead('r1', {
    status: 'retry',
    attemptCount: 1,
    firstAttemptAt: NOW - 60 * MINUTE_MS,
  });
  const offered = lead('a1', { status: 'assigned', assignedRep: 'ana', reassignCount: 1 });
  const dialing = lead('d1', { status: 'dialing', assignedRep: 'bob', firstAttemptAt: NOW });
  const moved = lead('c1', {
    status: 'assigned',
    assignedRep: 'bob',
    callbackRep: 'ana',
    callbackAt: NOW - 20 * MINUTE_MS,
    attemptCount: 1,
    firstAttemptAt: NOW - 90 * MINUTE_MS,
  });
  const pool = summarizePool(
    [waitingWeb, waitingForm, waitingWeb2, retryDue, offered, dialing, moved],
    [waitingWeb, waitingWeb2, waitingForm, retryDue],
  );

  it('counts what waits for a rep by source, what reps hold, and what keeps going back', () => {
    expect(pool).toEqual({
      waiting: {
        count: 3,
        oldest: { leadId: 'w1', arrivedAt: NOW - 3 * MINUTE_MS },
        bySource: [
          { source: 'web', count: 2, oldestArrivedAt: NOW - 3 * MINUTE_MS },
          { source: 'contact-form', count: 1, oldestArrivedAt: NOW - 30_000 },
        ],
      },
      dueAgain: 1,
      assigned: 2,
      dialing: 1,
      reassigned: 2,
      reassignedTwice: [{ leadId: 'w3', source: 'web', reassignCount: 2 }],
      movedCallbacks: [{ leadId: 'c1', fromRep: 'ana', toRep: 'bob' }],
    });
  });

  it('alerts on a lead no rep took past the limit, a lead passed around twice, a callback moved', () => {
    const names = new Map([
      ['ana', 'Ana'],
      ['bob', 'Bob'],
    ]);
    const alerts = evaluatePoolAlerts(pool, NOW, withThresholds(), (id) => names.get(id) ?? id);
    expect(alerts.map(({ key, kind, repId }) => ({ key, kind, repId }))).toEqual([
      { key: 'pool-unassigned:w1', kind: 'pool-unassigned', repId: null },
      { key: 'pool-reassigned:w3', kind: 'pool-reassigned', repId: null },
      { key: 'callback-moved:c1:bob', kind: 'callback-moved', repId: null },
    ]);
    expect(alerts[0]!.message).toBe(
      '3 new leads wait for a rep, the oldest for 3 min (limit 2 min): no rep is free to take it — bring a rep back from pause or wrap-up, or take the call yourself.',
    );
    expect(alerts[2]!.message).toContain(
      'Ana was away past a promised callback, so it went to Bob',
    );
    expect(
      evaluatePoolAlerts(
        pool,
        NOW,
        withThresholds({ poolUnassignedMs: 5 * MINUTE_MS }),
        String,
      ).map((alert) => alert.kind),
    ).toEqual(['pool-reassigned', 'callback-moved']);
  });
});
