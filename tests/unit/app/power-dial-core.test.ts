import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../../shared/domain/attempt';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../shared/domain/disposition';
import { computeKpiSnapshot } from '../../../shared/kpi';
import type { Core } from '../../../electron/core/app/create-core';
import { AttemptRepository } from '../../../electron/core/dialing/attempt-repository';
import type { SimulatedOutcome } from '../../../electron/core/telephony/simulated/simulation-settings';
import { sql } from '../../../electron/core/platform/store';
import { ManualClock } from '../../support/manual-clock';
import { makeTempDir } from '../../support/temp-dir';
import type { CoreDriver } from './core-driver';
import { startScriptedCore } from './scripted-core';

/** Tuesday 10 March 2026, 15:00 UTC: 11:00 in New York, 10:00 in Chicago, 08:00 in Los Angeles. */
const START = Date.UTC(2026, 2, 10, 15, 0, 0);
const HOUR = 3_600_000;

function startCore(dataDir: string, clock: ManualClock, outcomes: SimulatedOutcome[] = []) {
  return startScriptedCore(
    dataDir,
    clock,
    { seed: 11, outcomes, attemptPrefix: 'attempt-' },
    { settingsOverrides: { repId: 'ana', repTimeZone: 'America/Chicago', dialMode: 'power' } },
  );
}

async function storedAttempts(core: Core): Promise<Attempt[]> {
  return new AttemptRepository(core.store).all();
}

describe('the power-dial loop through the dispatcher, on a real store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let drive: CoreDriver;

  beforeEach(() => {
    temp = makeTempDir();
    clock = new ManualClock(START);
  });
  afterEach(async () => {
    await drive.core.close();
    temp.remove();
  });

  it('works five leads: outcomes stored, leads moved on, KPIs and events follow', async () => {
    drive = await startCore(temp.dir, clock, ['answer', 'no-answer', 'busy', 'answer', 'answer']);

    expect(await drive.call('session.start')).toMatchObject({ state: 'dialing', mode: 'power' });

    // 1: a person answers; the rep hangs up, books the meeting and confirms.
    await drive.advanceUntil('connected');
    clock.advance(20_000);
    const speech = drive.payloads('session.speech');
    expect(speech.length).toBeGreaterThan(0);
    expect(speech[0]).toMatchObject({ attemptId: 'attempt-1', text: expect.any(String) });
    await drive.call('session.hangup');
    await drive.call('session.selectOutcome', 'converted');
    await drive.call('session.setNote', 'Booked Thursday 10:00');
    expect(await drive.call('session.confirm')).toMatchObject({ state: 'dialing' });

    // 2 and 3: nobody answers, the line is busy: the outcome is chosen by the session.
    let wrapUp = await drive.advanceUntil('wrap-up');
    expect(wrapUp.draft).toMatchObject({ outcomeCode: 'no-answer', automatic: true });
    await drive.call('session.confirm');
    wrapUp = await drive.advanceUntil('wrap-up');
    expect(wrapUp.draft).toMatchObject({ outcomeCode: 'busy', automatic: true });
    await drive.call('session.confirm');

    // 4: a callback in two hours.
    await drive.advanceUntil('connected');
    await drive.call('session.hangup');
    await drive.call('session.selectOutcome', 'callback');
    const callbackAt = clock.now() + 2 * HOUR;
    await drive.call('session.setCallbackAt', callbackAt);
    await drive.call('session.confirm');

    // 5: the rep pauses for a break after this call, records, undoes, records again.
    await drive.advanceUntil('connected');
    expect(await drive.call('session.pause', 'break')).toMatchObject({ pauseAfterCall: 'break' });
    await drive.call('session.hangup');
    await drive.call('session.selectOutcome', 'not-interested');
    expect(await drive.call('session.confirm')).toMatchObject({
      state: 'paused',
      lastOutcome: { outcomeCode: 'not-interested' },
    });
    expect(await drive.call('session.undo')).toMatchObject({
      state: 'wrap-up',
      lastOutcome: null,
      draft: { outcomeCode: 'not-interested' },
    });
    await drive.call('session.selectOutcome', 'interested');
    expect(await drive.call('session.confirm')).toMatchObject({ state: 'paused' });
    expect(await drive.call('session.stop')).toMatchObject({
      state: 'idle',
      idleReason: 'stopped',
    });
    await drive.core.session.settled();

    const attempts = await storedAttempts(drive.core);
    // What the rep chose, beside what the line reported (who answered, why the call ended).
    expect(attempts.map((a) => [a.id, a.outcomeCode, a.answeredBy, a.endReason])).toEqual([
      ['attempt-1', 'converted', 'human', 'hangup-local'],
      ['attempt-2', 'no-answer', null, 'no-answer'],
      ['attempt-3', 'busy', null, 'busy'],
      ['attempt-4', 'callback', 'human', 'hangup-local'],
      ['attempt-5', 'interested', 'human', 'hangup-local'],
    ]);
    expect(attempts[0]).toMatchObject({ repId: 'ana', note: 'Booked Thursday 10:00' });
    expect(attempts[0]?.talkSeconds).toBe(20);
    expect(attempts[3]?.callbackAt).toBe(callbackAt);
    for (const attempt of attempts) {
      expect(attempt.providerCallId).toMatch(/^SIM[0-9a-f]{32}$/);
      expect(attempt.recordedAt).not.toBeNull();
    }

    const leads = await drive.core.store.all<{
      id: number;
      status: string;
      attempt_count: number;
      first_attempt_at: number;
      created_at: number;
      callback_at: number | null;
    }>(
      sql`SELECT l.id, l.status, l.attempt_count, l.first_attempt_at, l.created_at, l.callback_at
          FROM attempts a JOIN leads l ON l.id = a.lead_id ORDER BY a.started_at`,
    );
    expect(leads.map((lead) => lead.status)).toEqual([
      'done',
      'retry',
      'retry',
      'callback',
      'retry',
    ]);
    expect(leads[3]?.callback_at).toBe(callbackAt);
    leads.forEach((lead, index) => {
      expect(lead.attempt_count).toBe(1);
      expect(lead.first_attempt_at).toBe(attempts[index]?.startedAt);
    });

    const kpi = await drive.call('kpi.today');
    expect(kpi).toMatchObject({ dials: 5, contacts: 3, conversions: 1, handledCalls: 3 });
    expect(kpi.conversionRate).toBeCloseTo(1 / 3);
    expect(kpi.talkSeconds).toBe(attempts.reduce((sum, a) => sum + a.talkSeconds, 0));
    expect(kpi.responseTimesMs).toEqual(
      leads.map((lead) => lead.first_attempt_at - lead.created_at).sort((a, b) => a - b),
    );
    // The in-memory strip equals the KPIs computed from what the store holds.
    expect(kpi).toEqual(
      computeKpiSnapshot({
        attempts,
        dispositions: [...DEFAULT_DISPOSITIONS, ...SYSTEM_DISPOSITIONS],
        leads: leads.map((lead) => ({
          id: lead.id,
          createdAt: lead.created_at,
          firstAttemptAt: lead.first_attempt_at,
        })),
        timeZone: 'America/Chicago',
        // The default shift, 09:00–17:00: Pace projects over it.
        shift: { startMinute: 9 * 60, endMinute: 17 * 60 },
        now: clock.now(),
      }),
    );
    expect(drive.payloads('kpi.changed').at(-1)).toEqual(kpi);
    expect(drive.payloads('kpi.changed').map((k) => k.conversions)).toContain(1);

    const today = await drive.call('attempts.today');
    expect(today.map((a) => a.id)).toEqual([
      'attempt-5',
      'attempt-4',
      'attempt-3',
      'attempt-2',
      'attempt-1',
    ]);
    const called = await drive.core.store.get<{
      first_name: string;
      last_name: string;
      company: string;
      phone_e164: string;
    }>(
      sql`SELECT first_name, last_name, company, phone_e164 FROM leads WHERE id = ${today[4]!.leadId}`,
    );
    expect(today[4]!.lead).toEqual({
      firstName: called?.first_name,
      lastName: called?.last_name,
      company: called?.company,
      phoneE164: called?.phone_e164,
    });

    const queue = drive.payloads('queue.changed').at(-1);
    const workable = await drive.core.store.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM leads WHERE status IN ('new', 'retry', 'callback')`,
    );
    expect(queue?.count).toBe(workable?.n);
    const seqs = drive.payloads('session.changed').map((s) => s.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const states = drive.payloads('session.changed').map((s) => s.state);
    expect(states).toEqual(
      expect.arrayContaining(['dialing', 'ringing', 'connected', 'wrap-up', 'paused', 'idle']),
    );
  });

  it("the KPI strip's talk time follows a live call each second, and stops with it", async () => {
    drive = await startCore(temp.dir, clock, ['answer']);
    await drive.call('session.start');
    const answered = await drive.advanceUntil('connected');
    const talk = () => drive.payloads('kpi.changed').at(-1)?.talkSeconds;
    const sinceAnswer = () => Math.round((clock.now() - (answered.call?.answeredAt ?? 0)) / 1000);
    for (let second = 0; second < 3; second++) {
      clock.advance(1_000);
      await drive.core.session.settled();
      expect(talk()).toBe(sinceAnswer());
    }
    await drive.call('session.hangup');
    await drive.core.session.settled();
    const ended = drive.payloads('kpi.changed').length;
    expect(talk()).toBe(sinceAnswer());
    clock.advance(5_000);
    expect(drive.payloads('kpi.changed')).toHaveLength(ended);
  });

  it('previews in preview mode, logs a skip with its reason, and dials on request', async () => {
    drive = await startCore(temp.dir, clock, ['answer']);
    expect(await drive.call('settings.update', { dialMode: 'preview' })).toMatchObject({
      dialMode: 'preview',
    });
    expect(drive.payloads('session.changed').at(-1)).toMatchObject({ mode: 'preview' });

    const first = await drive.call('session.start');
    expect(first).toMatchObject({ state: 'preview', call: null });
    const skipped = first.offer?.lead.id;
    const second = await drive.call('session.skip', 'Asked to be emailed instead');
    expect(second.state).toBe('preview');
    expect(second.offer?.lead.id).not.toBe(skipped);
    expect(
      await drive.core.store.get(sql`SELECT lead_id, rep_id, skipped_by, reason FROM lead_skips`),
    ).toEqual({
      lead_id: skipped,
      rep_id: 'ana',
      skipped_by: 'rep',
      reason: 'Asked to be emailed instead',
    });

    expect(await drive.call('session.dial')).toMatchObject({ state: 'dialing' });
    await drive.advanceUntil('connected');
    await drive.call('session.hangup');
    await drive.call('session.selectOutcome', 'not-interested');
    const after = await drive.call('session.confirm');
    expect(after).toMatchObject({
      state: 'preview',
      lastOutcome: { outcomeCode: 'not-interested' },
    });
    expect(await drive.call('session.undo')).toMatchObject({ state: 'wrap-up' });
    await drive.call('session.selectOutcome', 'converted');
    await drive.call('session.confirm');
    expect(await drive.call('session.stop')).toMatchObject({ state: 'idle' });
    expect((await storedAttempts(drive.core)).map((a) => a.outcomeCode)).toEqual(['converted']);
  });

  it('refuses an intent that does not fit the state, with a message and the state unchanged', async () => {
    drive = await startCore(temp.dir, clock);
    expect(await drive.refused('session.confirm')).toEqual({
      code: 'illegal-transition',
      message: 'Cannot confirm an outcome while idle: only when in wrap-up.',
    });
    expect(await drive.refused('session.selectOutcome', 'nonsense')).toMatchObject({
      code: 'illegal-transition',
    });
    expect(await drive.refused('session.pause', 'lunch')).toMatchObject({
      code: 'invalid-argument',
    });
    expect(drive.core.session.snapshot()).toMatchObject({
      state: 'idle',
      idleReason: 'not-started',
    });
  });

  it('keeps edited dispositions, refusing duplicate keys and a list without no-answer', async () => {
    drive = await startCore(temp.dir, clock);
    expect(await drive.call('dispositions.list')).toEqual(DEFAULT_DISPOSITIONS);

    const duplicate = DEFAULT_DISPOSITIONS.map((d) =>
      d.code === 'callback' ? { ...d, hotkey: '1' } : d,
    );
    expect((await drive.refused('dispositions.update', duplicate)).message).toMatch(
      /the key 1 is used twice/,
    );
    const withoutNoAnswer = DEFAULT_DISPOSITIONS.filter((d) => d.code !== 'no-answer');
    expect((await drive.refused('dispositions.update', withoutNoAnswer)).message).toMatch(
      /keep the "no-answer" outcome/,
    );

    const edited = DEFAULT_DISPOSITIONS.map((d) =>
      d.code === 'converted' ? { ...d, label: 'Meeting booked' } : d,
    );
    expect(await drive.call('dispositions.update', edited)).toEqual(edited);
    expect(drive.payloads('dispositions.changed')).toEqual([edited]);

    await drive.core.close();
    drive = await startCore(temp.dir, clock);
    expect(await drive.call('dispositions.list')).toEqual(edited);
  });

  it("serves the campaign's call script, or the default one when it has none", async () => {
    drive = await startCore(temp.dir, clock);
    const script = await drive.call('scripts.forCampaign', 'default');
    expect(script).toEqual({
      campaignId: 'default',
      markdown: fs.readFileSync(path.resolve('resources/scripts/inbound-lead.md'), 'utf8'),
    });
    await drive.core.store.write(
      sql`UPDATE campaigns SET script_markdown = '# Ours' WHERE id = 'default'`,
    );
    expect((await drive.call('scripts.forCampaign', 'default')).markdown).toBe('# Ours');
    expect(await drive.refused('scripts.forCampaign', 'nope')).toEqual({
      code: 'not-found',
      message: 'There is no campaign "nope".',
    });
  });

  it('closing during a call ends it, keeps its facts, and a new core starts with no lock held', async () => {
    drive = await startCore(temp.dir, clock, ['answer']);
    await drive.call('session.start');
    const connected = await drive.advanceUntil('connected');
    clock.advance(30_000);
    await drive.core.close();

    drive = await startCore(temp.dir, clock);
    const [attempt] = await storedAttempts(drive.core);
    expect(attempt).toMatchObject({
      leadId: connected.offer?.lead.id,
      endReason: 'hangup-local',
      talkSeconds: 30,
      outcomeCode: null,
    });
    // The lead never got an outcome, so it is offered again, first.
    expect(await drive.call('session.start')).toMatchObject({
      offer: { lead: { id: connected.offer?.lead.id } },
    });
  });
});
