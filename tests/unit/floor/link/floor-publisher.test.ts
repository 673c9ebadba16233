import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../../../shared/domain/session';
import { MemoryOutbox } from '../../../support/memory-outbox';
import { FloorPublisher } from '../../../../electron/core/floor/link/floor-publisher';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { ManualClock } from '../../../support/manual-clock';
import { ioTurn } from './support/io-turn';
import { idleSnapshot, snapshotIn } from './support/snapshots';

const T0 = Date.UTC(2026, 2, 10, 17, 0, 0);
const LEAD = {
  id: 7,
  createdAt: T0 - 600_000,
  firstName: 'Dana',
  lastName: 'Reyes',
  company: 'Reyes Roofing',
  phoneE164: '+13035550176',
  source: 'Web form',
};
/** What the floor is told of LEAD: who and from where, for the supervisor's row. */
const ON_FLOOR = { id: 7, createdAt: T0 - 600_000, name: 'Dana Reyes', source: 'Web form' };

function setup(initial: SessionSnapshot = idleSnapshot(T0)) {
  const clock = new ManualClock(T0);
  const outbox = new MemoryOutbox('stream-for-tests');
  let session = initial;
  let notified = 0;
  const publisher = new FloorPublisher({
    outbox,
    clock,
    log: createLogger(() => undefined),
    session: () => session,
    notify: () => notified++,
  });
  return {
    clock,
    outbox,
    publisher,
    setSession: (next: SessionSnapshot) => (session = next),
    notified: () => notified,
    bodies: () => outbox.all().map((entry) => entry.body),
  };
}

describe('what the rep app publishes', () => {
  it('one state event per change of state, pause code or lead; none for a mute or a note', async () => {
    const f = setup();
    f.publisher.setEnabled(true);
    const dialing = snapshotIn('dialing', T0 + 1_000, LEAD);
    f.publisher.sessionChanged(dialing);
    f.publisher.sessionChanged({ ...dialing, notice: 'still dialing' });
    f.publisher.sessionChanged(snapshotIn('connected', T0 + 5_000, LEAD));
    f.publisher.sessionChanged(
      snapshotIn('paused', T0 + 9_000, null, {
        pause: { code: 'break', reason: 'rep', since: T0 + 9_000 },
      }),
    );
    await ioTurn();
    expect(f.bodies()).toEqual([
      { type: 'state', state: 'idle', since: T0, pauseCode: null, lead: null },
      { type: 'state', state: 'dialing', since: T0 + 1_000, pauseCode: null, lead: ON_FLOOR },
      { type: 'state', state: 'connected', since: T0 + 5_000, pauseCode: null, lead: ON_FLOOR },
      { type: 'state', state: 'paused', since: T0 + 9_000, pauseCode: 'break', lead: null },
    ]);
    expect(f.notified()).toBe(4);
  });

  it('nothing while no hub is set up; the current state as soon as one is', async () => {
    const f = setup();
    f.publisher.sessionChanged(snapshotIn('dialing', T0, LEAD));
    f.publisher.publish({ type: 'lead-waiting', count: 3, oldestCreatedAt: T0 });
    f.setSession(snapshotIn('ringing', T0 + 500, LEAD));
    f.publisher.setEnabled(true);
    await ioTurn();
    expect(f.bodies()).toEqual([
      { type: 'state', state: 'ringing', since: T0 + 500, pauseCode: null, lead: ON_FLOOR },
    ]);
  });

  it('an escalation names the call on screen, its lead and state, and keeps the note', async () => {
    const f = setup(
      snapshotIn('connected', T0, LEAD, {
        call: {
          attemptId: 'attempt-9',
          providerCallId: null,
          startedAt: T0,
          ringingAt: null,
          answeredAt: T0,
          answeredBy: 'human',
          endedAt: null,
          endReason: null,
          muted: false,
          presentedCallerId: null,
          qualityWarnings: [],
        },
      }),
    );
    f.publisher.setEnabled(true);
    f.clock.advance(30_000);
    const receipt = await f.publisher.escalate('  Threatens to sue.  ');
    expect(receipt).toEqual({
      escalationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      leadId: 7,
      attemptId: 'attempt-9',
      raisedAt: T0 + 30_000,
    });
    const entry = f.outbox.all().at(-1);
    expect(entry?.at).toBe(T0 + 30_000);
    expect(entry?.body).toEqual({
      type: 'escalation',
      escalationId: receipt.escalationId,
      leadId: 7,
      attemptId: 'attempt-9',
      note: 'Threatens to sue.',
      call: {
        leadName: 'Dana Reyes',
        phone: '+13035550176',
        source: 'Web form',
        state: 'connected',
        startedAt: T0,
        answeredAt: T0,
        endedAt: null,
      },
    });
  });

  it('an escalation after the call names the call just recorded', async () => {
    const f = setup(
      idleSnapshot(T0, {
        lastOutcome: {
          attemptId: 'attempt-3',
          leadId: 4,
          outcomeCode: 'not-interested',
          notOnTheLine: false,
        },
      }),
    );
    f.publisher.setEnabled(true);
    expect(await f.publisher.escalate('Rude prospect')).toMatchObject({
      leadId: 4,
      attemptId: 'attempt-3',
    });
    // The lead is no longer on screen: the card says so rather than guess.
    expect(f.outbox.all().at(-1)?.body).toMatchObject({ leadId: 4, call: null });
  });
});
