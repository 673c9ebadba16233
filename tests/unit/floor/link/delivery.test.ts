import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FloorRepRow } from '../../../../shared/floor/floor-view';
import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { openInlineStore, sql } from '../../../../electron/core/platform/store';
import { queryHubFolder } from '../../../support/hub-db';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { startTestHub } from '../../hub/support/test-hub';
import { START, advanceUntil, freePort, linkStatus, startRepCore } from './support/rep-core';

interface OutboxRow {
  seq: number;
  event_id: string;
  type: string;
  body_json: string;
}

async function outboxOf(drive: CoreDriver): Promise<OutboxRow[]> {
  return drive.core.store.all<OutboxRow>(
    sql`SELECT seq, event_id, type, body_json FROM hub_outbox ORDER BY seq`,
  );
}

/** Two calls answered (one converted) and one nobody picked up, then a break. */
async function workThreeCalls(drive: CoreDriver): Promise<void> {
  await drive.call('session.start');
  await drive.advanceUntil('connected');
  drive.clock.advance(30_000);
  await drive.call('session.hangup');
  await drive.call('session.selectOutcome', 'converted');
  await drive.call('floor.escalate', 'Wants a discount I cannot give: please call back.');
  await drive.call('session.confirm');
  await drive.advanceUntil('wrap-up');
  await drive.call('session.confirm');
  await drive.advanceUntil('connected');
  await drive.call('session.pause', 'break');
  await drive.call('session.hangup');
  await drive.call('session.selectOutcome', 'not-interested');
  await drive.call('session.confirm');
  await drive.core.session.settled();
}

describe('the rep app delivering to a hub that is down, then up', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let hub: Hub | null;
  let drive: CoreDriver | null;

  beforeEach(() => {
    temp = makeTempDir('dialdeck-floor-delivery-');
    clock = new ManualClock(START);
    hub = null;
    drive = null;
  });
  afterEach(async () => {
    await drive?.core.close();
    await hub?.close();
    temp.remove();
  });

  it('keeps dialing, queues every event, and the hub gets each once, in order, when it returns', async () => {
    const port = await freePort();
    const hubUrl = `http://127.0.0.1:${port}`;
    const repDir = path.join(temp.dir, 'ana');
    const hubDir = path.join(temp.dir, 'hub');
    drive = await startRepCore(repDir, clock, {
      repId: 'ana',
      hubUrl,
      outcomes: ['answer', 'no-answer', 'answer'],
    });
    const rep = drive;
    await advanceUntil(clock, () => linkStatus(rep).state === 'offline', 'the hub is unreachable');
    expect(linkStatus(rep)).toMatchObject({ mode: 'rep', hubUrl, state: 'offline' });
    expect(linkStatus(rep).lastError).toMatch(/Cannot reach the hub/);

    await workThreeCalls(rep);
    const queued = await outboxOf(rep);
    expect(queued.map((row) => row.seq)).toEqual(queued.map((_, index) => index + 1));
    // Each dial reported as it starts, is answered, ends and gets its outcome: 3 outcomes of 3 dials.
    const reports = queued.flatMap((row) =>
      row.type === 'attempt' ? [JSON.parse(row.body_json) as AttemptEventBody] : [],
    );
    expect(new Set(reports.map((report) => report.attemptId)).size).toBe(3);
    expect(reports.filter((report) => report.outcomeCode !== null)).toHaveLength(3);
    expect(queued.filter((row) => row.type === 'escalation')).toHaveLength(1);
    expect(queued.filter((row) => row.type === 'lead-waiting').length).toBeGreaterThan(0);
    const states = queued.filter((row) => row.type === 'state');
    expect(states.length).toBeGreaterThanOrEqual(10);
    await advanceUntil(clock, () => linkStatus(rep).waiting === queued.length, 'backlog shown');
    // The rep's screen says the escalation has not reached the hub yet.
    expect(rep.core.floorLink.myEscalations()).toMatchObject([{ state: 'sending', answer: null }]);

    ({ hub } = await startTestHub(hubDir, { clock, port }));
    const running = hub;
    const row = (): FloorRepRow | undefined =>
      running.floor.view().reps.find((candidate) => candidate.repId === 'ana');
    const lastSeq = queued.at(-1)?.seq ?? 0;
    await advanceUntil(clock, () => row()?.lastSeq === lastSeq, 'the backlog is delivered');
    await advanceUntil(
      clock,
      () => linkStatus(rep).waiting === 0,
      'the outbox is marked delivered',
    );
    expect(linkStatus(rep)).toMatchObject({ state: 'connected', lastError: null });

    expect(row()).toMatchObject({
      repName: 'ANA',
      connected: true,
      state: 'paused',
      pauseCode: 'break',
      kpis: { dials: 3, contacts: 2, conversions: 1, conversionRate: 0.5 },
    });
    expect(running.floor.view().escalations).toEqual([
      expect.objectContaining({
        repId: 'ana',
        attemptId: 'ana-attempt-1',
        note: 'Wants a discount I cannot give: please call back.',
      }),
    ]);

    // Delivered: the hub has it and tells the rep's app so; no supervisor has answered yet.
    await advanceUntil(
      clock,
      () => rep.core.floorLink.myEscalations()[0]?.state === 'waiting',
      'the escalation waiting for the supervisor',
    );

    // The app closes and opens again: nothing is sent twice, new events follow on the same stream.
    await rep.core.close();
    drive = await startRepCore(repDir, clock, { repId: 'ana', hubUrl });
    const reopened = drive;
    await advanceUntil(clock, () => linkStatus(reopened).state === 'connected', 'reconnected');
    // A fresh start knows the escalation from the hub; answered now, the app shows it at once.
    await advanceUntil(
      clock,
      () => reopened.core.floorLink.myEscalations()[0]?.state === 'waiting',
      'the escalation known again after the restart',
    );
    const [open] = running.floor.view().escalations;
    await running.floor.answerEscalation(open!.id, { kind: 'reply', text: 'Calling at 3' }, 'Sam');
    await advanceUntil(
      clock,
      () => reopened.core.floorLink.myEscalations()[0]?.answer?.text === 'Calling at 3',
      "the supervisor's reply on the rep's screen",
    );
    const after = await outboxOf(reopened);
    expect(after.length).toBeGreaterThan(queued.length);
    await advanceUntil(
      clock,
      () => row()?.lastSeq === after.at(-1)?.seq,
      'the events of the second run are delivered',
    );
    expect(row()).toMatchObject({ state: 'idle', kpis: { dials: 3, contacts: 2, conversions: 1 } });

    await reopened.core.close();
    drive = null;
    await running.close();
    hub = null;
    const stored = await queryHubFolder<{ event_id: string; seq: number }>(
      hubDir,
      "SELECT event_id, seq FROM events WHERE rep_id = 'ana' ORDER BY id",
    );
    const sent = await (async () => {
      const { store: repStore } = await openInlineStore({ dataDir: repDir });
      const rows = await repStore.all<{ event_id: string; seq: number }>(
        sql`SELECT event_id, seq FROM hub_outbox ORDER BY seq`,
      );
      await repStore.close();
      return rows;
    })();
    expect(stored).toEqual(sent);
  });
});
