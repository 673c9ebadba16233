import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../../shared/domain/attempt';
import { DEFAULT_DISPOSITIONS, type Disposition } from '../../../shared/domain/disposition';
import { AttemptRepository } from '../../../electron/core/dialing';
import { sql } from '../../../electron/core/platform/store';
import { makeTempDir } from '../../support/temp-dir';
import {
  MINUTE,
  START,
  attemptFor,
  count,
  leadRow,
  openPortsFixture,
  seedLead,
  type PortsFixture,
} from '../../support/store-fixture';

const outcome = (code: string): Disposition => {
  const found = DEFAULT_DISPOSITIONS.find((d) => d.code === code);
  if (!found) throw new Error(code);
  return found;
};

/** A call to the lead: started at `at`, answered, ended 2 min later, outcome 30 s after that. */
function answeredCall(leadId: number, at: number, code: string, extra: Partial<Attempt> = {}) {
  const placed = attemptFor(leadId, { startedAt: at });
  return {
    placed,
    recorded: {
      ...placed,
      providerCallId: 'SIM1',
      ringingAt: at + 1_000,
      answeredAt: at + 5_000,
      endedAt: at + 125_000,
      talkSeconds: 120,
      endReason: 'hangup-local' as const,
      outcomeCode: code,
      recordedAt: at + 155_000,
      ...extra,
    },
  };
}

describe('StoreSessionPorts: attempts, outcomes and undo', () => {
  let f: PortsFixture;
  beforeEach(async () => (f = await openPortsFixture()));
  afterEach(() => f.close());

  /** An answered call started and its outcome recorded through the ports. */
  async function callWithOutcome(leadId: number, at: number, code: string) {
    const call = answeredCall(leadId, at, code);
    await f.ports.startAttempt(call.placed);
    await f.ports.recordOutcome(call.recorded, outcome(code));
    return call;
  }

  it('stamps the first dial on the lead when the attempt starts', async () => {
    const id = await seedLead(f.store);
    const { placed } = answeredCall(id, START, 'no-answer');
    await f.ports.startAttempt(placed);
    expect((await leadRow(f.store, id)).first_attempt_at).toBe(START);
    expect(await count(f.store, 'attempts')).toBe(1);
    // No dial-time check read the lead just before: its timing is read, so KPIs and floor count it.
    expect(f.changes.at(-1)).toMatchObject({
      kind: 'attempt-started',
      lead: { id, firstAttemptAt: START, createdAt: expect.any(Number) as unknown },
    });
  });

  it('records the outcome, the lead and the DNC entry in one write', async () => {
    const id = await seedLead(f.store);
    await f.ports.nextLead();
    const { placed, recorded } = answeredCall(id, START, 'do-not-call', { note: 'Stop calling' });
    await f.ports.startAttempt(placed);
    const before = (await f.store.stats()).seq;

    await f.ports.recordOutcome(recorded, outcome('do-not-call'));

    expect((await f.store.stats()).seq).toBe(before + 1);
    const attempt = await f.store.get(sql`SELECT * FROM attempts WHERE id = ${placed.id}`);
    expect(attempt).toMatchObject({
      outcome_code: 'do-not-call',
      note: 'Stop calling',
      recorded_at: START + 155_000,
      talk_seconds: 120,
      provider_call_id: 'SIM1',
    });
    expect(await leadRow(f.store, id)).toMatchObject({
      status: 'dnc',
      attempt_count: 1,
      first_attempt_at: START,
      last_attempt_at: START + 155_000,
      last_outcome: 'do-not-call',
      last_note: 'Stop calling',
      queue_tier: null,
      queue_due_at: null,
    });
    const phone = (await leadRow(f.store, id)).phone_e164 as string;
    expect(await f.store.get(sql`SELECT * FROM dnc`)).toEqual({
      phone_e164: phone,
      added_at: START + 155_000,
      reason: 'outcome: Do not call',
      source: 'outcome',
      added_by: 'rep-1',
      attempt_id: placed.id,
      // Not yet shared with a team hub (there is none here).
      team_shared: null,
    });
    expect(f.locks.isLocked(id)).toBe(false);
    expect(f.changes.at(-1)).toMatchObject({
      kind: 'outcome-recorded',
      lead: { id, firstAttemptAt: START },
    });
  });

  it('changes nothing when any part of the outcome cannot be written', async () => {
    const id = await seedLead(f.store);
    const { placed, recorded } = answeredCall(id, START, 'do-not-call');
    await f.ports.startAttempt(placed);
    const leadBefore = await leadRow(f.store, id);
    await f.store.write(sql`DROP TABLE dnc`);

    await expect(f.ports.recordOutcome(recorded, outcome('do-not-call'))).rejects.toThrow(/dnc/);

    expect(await leadRow(f.store, id)).toEqual(leadBefore);
    const attempt = await f.store.get(sql`SELECT outcome_code, recorded_at FROM attempts`);
    expect(attempt).toEqual({ outcome_code: null, recorded_at: null });
    expect(await f.store.get(sql`SELECT count(*) AS n FROM outcome_undo`)).toEqual({ n: 0 });
  });

  it("refuses a callback outside the lead's window and leaves everything as it was", async () => {
    const id = await seedLead(f.store);
    const { placed, recorded } = answeredCall(id, START, 'callback', {
      callbackAt: START + 12 * 60 * MINUTE, // 21:00 in New York
    });
    await f.ports.startAttempt(placed);
    const leadBefore = await leadRow(f.store, id);
    await expect(f.ports.recordOutcome(recorded, outcome('callback'))).rejects.toThrow(
      /outside the calling window/,
    );
    expect(await leadRow(f.store, id)).toEqual(leadBefore);
  });

  it('undo restores the lead row exactly and takes the outcome and the DNC entry back', async () => {
    const id = await seedLead(f.store, { createdAt: START - 20 * MINUTE });
    await f.ports.nextLead();
    const { placed, recorded } = answeredCall(id, START, 'do-not-call');
    await f.ports.startAttempt(placed);
    const leadBefore = await leadRow(f.store, id);

    await f.ports.recordOutcome(recorded, outcome('do-not-call'));
    await f.ports.undoOutcome(placed.id);

    expect(await leadRow(f.store, id)).toEqual(leadBefore);
    expect(await count(f.store, 'dnc')).toBe(0);
    const attempt = await f.store.get(
      sql`SELECT outcome_code, note, callback_at, recorded_at, ended_at FROM attempts`,
    );
    expect(attempt).toEqual({
      outcome_code: null,
      note: null,
      callback_at: null,
      recorded_at: null,
      ended_at: START + 125_000,
    });
    expect(f.locks.isLocked(id)).toBe(true);
    await expect(f.ports.undoOutcome(placed.id)).rejects.toThrow(/can no longer be undone/);
  });

  it('a skipped ringing call is recorded with its skip and leaves the outcome before undoable', async () => {
    const first = await seedLead(f.store, { createdAt: START - 20 * MINUTE });
    const second = await seedLead(f.store, { createdAt: START - 10 * MINUTE });
    const { placed, recorded } = answeredCall(first, START, 'do-not-call');
    await f.ports.startAttempt(placed);
    const firstBefore = await leadRow(f.store, first);
    await f.ports.recordOutcome(recorded, outcome('do-not-call'));
    const ringing = attemptFor(second, { startedAt: START + 200_000 });
    await f.ports.startAttempt(ringing);
    const skipped = {
      ...ringing,
      providerCallId: 'SIM2',
      ringingAt: START + 201_000,
      endedAt: START + 205_000,
      endReason: 'hangup-local' as const,
      outcomeCode: 'no-answer',
      recordedAt: START + 205_000,
    };

    await f.ports.skipCall(skipped, outcome('no-answer'), { by: 'rep', reason: 'Wrong time zone' });

    expect(
      await f.store.get(sql`SELECT outcome_code FROM attempts WHERE id = ${ringing.id}`),
    ).toEqual({ outcome_code: 'no-answer' });
    expect(await f.store.get(sql`SELECT lead_id, reason FROM lead_skips`)).toEqual({
      lead_id: second,
      reason: 'Wrong time zone',
    });
    // The DNC outcome before the skip is still the one undo takes back, DNC entry and all.
    await f.ports.undoOutcome(placed.id);
    expect(await leadRow(f.store, first)).toEqual(firstBefore);
    expect(await count(f.store, 'dnc')).toBe(0);
  });

  it('keeps an outcome marked not on the line beside the call, and undo clears the mark', async () => {
    const id = await seedLead(f.store);
    await f.ports.nextLead();
    const placed = attemptFor(id, { startedAt: START });
    await f.ports.startAttempt(placed);
    const unanswered = {
      ...placed,
      providerCallId: 'SIM1',
      ringingAt: START + 1_000,
      endedAt: START + 20_000,
      endReason: 'no-answer' as const,
      outcomeCode: 'converted',
      notOnTheLine: true,
      recordedAt: START + 30_000,
    };
    await f.ports.recordOutcome(unanswered, outcome('converted'));
    const stored = () =>
      f.store.get(
        sql`SELECT outcome_code, answered_by, not_on_the_line FROM attempts WHERE id = ${placed.id}`,
      );
    expect(await stored()).toEqual({
      outcome_code: 'converted',
      answered_by: null,
      not_on_the_line: 1,
    });
    expect(await new AttemptRepository(f.store).byId(placed.id)).toMatchObject({
      notOnTheLine: true,
    });
    await f.ports.undoOutcome(placed.id);
    expect(await stored()).toEqual({ outcome_code: null, answered_by: null, not_on_the_line: 0 });
  });

  it('undo keeps a DNC entry that was there before the outcome', async () => {
    const id = await seedLead(f.store);
    const phone = (await leadRow(f.store, id)).phone_e164 as string;
    const { placed, recorded } = answeredCall(id, START, 'do-not-call');
    await f.ports.startAttempt(placed);
    await f.store.write(
      sql`INSERT INTO dnc (phone_e164, added_at, source) VALUES (${phone}, 1, 'import')`,
    );
    await f.ports.recordOutcome(recorded, outcome('do-not-call'));
    await f.ports.undoOutcome(placed.id);
    expect(await f.store.get(sql`SELECT phone_e164, source FROM dnc`)).toEqual({
      phone_e164: phone,
      source: 'import',
    });
  });

  it('writing the same outcome twice counts the attempt once', async () => {
    const id = await seedLead(f.store);
    const { recorded } = await callWithOutcome(id, START, 'no-answer');
    await f.ports.recordOutcome(recorded, outcome('no-answer'));
    expect(await leadRow(f.store, id)).toMatchObject({
      status: 'retry',
      attempt_count: 1,
      next_eligible_at: START + 155_000 + 10 * MINUTE,
      queue_tier: 3,
      queue_due_at: START + 155_000 + 10 * MINUTE,
    });
  });

  it("keeps the first attempt's start as the lead's first attempt across retries", async () => {
    const id = await seedLead(f.store);
    await callWithOutcome(id, START, 'no-answer');
    await callWithOutcome(id, START + 20 * MINUTE, 'converted');
    expect(await leadRow(f.store, id)).toMatchObject({
      status: 'done',
      attempt_count: 2,
      first_attempt_at: START,
      last_outcome: 'converted',
    });
  });

  it('a dial called off before it was placed is not a dial: no attempt, no first-attempt stamp', async () => {
    const id = await seedLead(f.store);
    const placed = attemptFor(id, { startedAt: START });
    await f.ports.startAttempt(placed);
    await f.ports.saveCallProgress({
      ...placed,
      endedAt: START + 10,
      endReason: 'canceled',
    });
    expect(await count(f.store, 'attempts')).toBe(0);
    expect((await leadRow(f.store, id)).first_attempt_at).toBeNull();
    expect(f.changes.map((change) => change.kind)).toEqual(['attempt-started', 'attempt-dropped']);
  });

  it('a call the rep cancels while it rings is a dial and is kept', async () => {
    const id = await seedLead(f.store);
    const placed = attemptFor(id, { startedAt: START });
    await f.ports.startAttempt(placed);
    await f.ports.saveCallProgress({
      ...placed,
      providerCallId: 'SIM2',
      ringingAt: START + 500,
      endedAt: START + 3_000,
      endReason: 'canceled',
    });
    expect(await f.store.get(sql`SELECT end_reason, provider_call_id FROM attempts`)).toEqual({
      end_reason: 'canceled',
      provider_call_id: 'SIM2',
    });
  });

  it('a progress save never clears a recorded outcome', async () => {
    const id = await seedLead(f.store);
    const { recorded } = await callWithOutcome(id, START, 'converted');
    await f.ports.saveCallProgress({ ...recorded, outcomeCode: null, recordedAt: null });
    expect(await f.store.get(sql`SELECT outcome_code FROM attempts`)).toEqual({
      outcome_code: 'converted',
    });
  });
});

describe('undo after a restart', () => {
  it('restores the lead from what the journal kept', async () => {
    const temp = makeTempDir();
    try {
      const first = await openPortsFixture(temp.dir);
      const id = await seedLead(first.store);
      const { placed, recorded } = answeredCall(id, START, 'converted');
      await first.ports.startAttempt(placed);
      const leadBefore = await leadRow(first.store, id);
      await first.ports.recordOutcome(recorded, outcome('converted'));
      await first.close();

      const second = await openPortsFixture(temp.dir);
      await second.ports.undoOutcome(placed.id);
      expect(await leadRow(second.store, id)).toEqual(leadBefore);
      await second.close();
    } finally {
      temp.remove();
    }
  });
});
