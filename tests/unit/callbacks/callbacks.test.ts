import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/platform/store';
import { leadRow, MINUTE, seedLead, START } from '../../support/store-fixture';
import { openLeadListFixture, type LeadListFixture } from '../../support/lead-list-fixture';

const HOUR = 60 * MINUTE;

describe('callbacks', () => {
  let f: LeadListFixture;
  beforeEach(async () => (f = await openLeadListFixture()));
  afterEach(() => f.close());

  const callback = (callbackAt: number, lastName = 'Lead') =>
    seedLead(f.store, { status: 'callback', callbackAt, attemptCount: 1, lastName });

  it('lists overdue promises oldest first and upcoming ones soonest first', async () => {
    const later = await callback(START + 3 * HOUR);
    const late = await callback(START - 30 * MINUTE);
    const soon = await callback(START + 10 * MINUTE);
    const later2 = await callback(START - 2 * HOUR);
    await f.store.write(sql`UPDATE leads SET last_note = 'call after lunch' WHERE id = ${soon}`);
    const list = await f.callbacks.list();
    expect(list.overdue.map((e) => [e.lead.id, e.dueAt, e.overdue])).toEqual([
      [later2, START - 2 * HOUR, true],
      [late, START - 30 * MINUTE, true],
    ]);
    expect(list.upcoming.map((e) => [e.lead.id, e.note, e.overdue])).toEqual([
      [soon, 'call after lunch', false],
      [later, null, false],
    ]);
  });

  it('reschedules inside the lead’s calling window, and the queue follows', async () => {
    const id = await callback(START + 3 * HOUR);
    // 22:00 in New York is outside 08:00–21:00.
    await expect(f.callbacks.reschedule(id, START + 13 * HOUR)).rejects.toMatchObject({
      code: 'invalid-argument',
      message:
        'A callback at 22:00 in America/New_York is outside the calling window 08:00–21:00 ' +
        '(mon, tue, wed, thu, fri, sat, sun); the next allowed time is Sat 28 Nov 08:00.',
    });
    await expect(f.callbacks.reschedule(id, START - MINUTE)).rejects.toThrow(
      'The callback time is in the past.',
    );
    const entry = await f.callbacks.reschedule(id, START + MINUTE);
    expect(entry).toMatchObject({ dueAt: START + MINUTE, overdue: false });
    expect(await leadRow(f.store, id)).toMatchObject({
      callback_at: START + MINUTE,
      queue_tier: 1,
      queue_due_at: START + MINUTE,
    });
    expect(await f.ports.nextLead()).toMatchObject({
      lead: { id },
      reason: 'due callback (09:01)',
    });
    expect(
      await f.store.all(
        sql`SELECT action, due_before, due_after, changed_by FROM callback_changes`,
      ),
    ).toEqual([
      {
        action: 'rescheduled',
        due_before: START + 3 * HOUR,
        due_after: START + MINUTE,
        changed_by: 'rep-1',
      },
    ]);
    expect(f.told.queueRefreshes).toBe(1);
  });

  it('cancels a promise: the lead returns to its cadence, or finishes when it has none left', async () => {
    const id = await callback(START + HOUR);
    await f.callbacks.cancel(id, 'bought elsewhere, call once to confirm');
    expect(await leadRow(f.store, id)).toMatchObject({
      status: 'retry',
      callback_at: null,
      next_eligible_at: START,
      queue_tier: 3,
    });
    expect(await f.ports.nextLead()).toMatchObject({ lead: { id }, reason: 'retry 2 of 6' });

    const spent = await seedLead(f.store, {
      status: 'callback',
      callbackAt: START + HOUR,
      attemptCount: 6,
    });
    await f.callbacks.cancel(spent, 'no longer interested');
    expect(await leadRow(f.store, spent)).toMatchObject({ status: 'done', queue_tier: null });
    expect(
      await f.store.all(sql`SELECT lead_id, action, reason FROM callback_changes ORDER BY id`),
    ).toEqual([
      { lead_id: id, action: 'canceled', reason: 'bought elsewhere, call once to confirm' },
      { lead_id: spent, action: 'canceled', reason: 'no longer interested' },
    ]);
  });

  it('refuses leads without a callback, and leads the dialer holds', async () => {
    const fresh = await seedLead(f.store);
    await expect(f.callbacks.cancel(fresh, 'x')).rejects.toMatchObject({
      code: 'conflict',
      message: `Lead #${fresh} has no callback to change.`,
    });
    await expect(f.callbacks.cancel(999, 'x')).rejects.toMatchObject({ code: 'not-found' });
    const held = await callback(START);
    f.locks.lock(held);
    await expect(f.callbacks.reschedule(held, START + HOUR)).rejects.toThrow(
      'This lead is in the dialer right now',
    );
  });
});

describe('callback reminders', () => {
  let f: LeadListFixture;
  beforeEach(async () => (f = await openLeadListFixture()));
  afterEach(() => f.close());

  async function advance(ms: number) {
    f.clock.advance(ms);
    await f.reminders.idle();
  }

  it('reminds once, exactly the set minutes before the promised time', async () => {
    const id = await seedLead(f.store, {
      status: 'callback',
      callbackAt: START + HOUR,
      firstName: 'Grace',
      lastName: 'Hopper',
    });
    await f.store.write(sql`UPDATE leads SET last_note = 'wants a quote' WHERE id = ${id}`);
    f.reminders.refresh();
    await f.reminders.idle();
    expect(f.told.reminders).toEqual([]);
    await advance(55 * MINUTE - 1);
    expect(f.told.reminders).toEqual([]);
    await advance(1);
    expect(f.told.reminders).toEqual([
      {
        leadId: id,
        name: 'Grace Hopper',
        dueAt: START + HOUR,
        timeZone: 'America/New_York',
        note: 'wants a quote',
      },
    ]);
    f.reminders.refresh();
    await advance(10 * MINUTE);
    expect(f.told.reminders).toHaveLength(1);
  });

  it('follows a rescheduled or cancelled callback, and the lead time setting', async () => {
    const moved = await seedLead(f.store, { status: 'callback', callbackAt: START + HOUR });
    const dropped = await seedLead(f.store, {
      status: 'callback',
      callbackAt: START + 30 * MINUTE,
    });
    f.reminders.refresh();
    await f.reminders.idle();
    await f.callbacks.reschedule(moved, START + 2 * HOUR);
    await f.callbacks.cancel(dropped, 'changed plans');
    await f.reminders.idle();
    await advance(HOUR + 54 * MINUTE);
    expect(f.told.reminders).toEqual([]);
    await advance(MINUTE);
    expect(f.told.reminders.map((r) => [r.leadId, r.dueAt])).toEqual([[moved, START + 2 * HOUR]]);

    f.rep.reminderMinutes = 0;
    const onTheDot = await seedLead(f.store, { status: 'callback', callbackAt: START + 3 * HOUR });
    f.reminders.refresh();
    // Now 10:55 in New York; the callback is at 12:00.
    await advance(65 * MINUTE - 1);
    expect(f.told.reminders).toHaveLength(1);
    await advance(1);
    expect(f.told.reminders.map((r) => r.leadId)).toEqual([moved, onTheDot]);
  });

  it('does not remind of a callback already past due when it starts', async () => {
    await seedLead(f.store, { status: 'callback', callbackAt: START - MINUTE });
    const soon = await seedLead(f.store, { status: 'callback', callbackAt: START + 2 * MINUTE });
    f.reminders.refresh();
    await f.reminders.idle();
    expect(f.told.reminders.map((r) => r.leadId)).toEqual([soon]);
  });
});
