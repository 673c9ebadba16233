import { describe, expect, it } from 'vitest';
import { FloorModel } from '../../../shared/floor/floor-model';
import { sortLeaderboard } from '../../../shared/floor/leaderboard';
import { stateBand, stateCategory } from '../../../shared/floor/state-bands';
import { attemptBody, envelope, stateBody } from '../hub/support/floor-events';

const NOW = Date.UTC(2026, 10, 27, 15, 0, 0);
const MIN = 60_000;

type Outcome = Parameters<typeof attemptBody>[2];
const NO_ANSWER: Outcome = { code: 'no-answer', contact: false, conversion: false };
const CONVERTED: Outcome = { code: 'converted', contact: true, conversion: true };
/** A call answered and talked `talkSeconds`, ending in `code`. */
const talked = (code: string, talkSeconds: number, conversion = false): Outcome => ({
  code,
  contact: true,
  conversion,
  talkSeconds,
});

function floorWithTwoReps() {
  const model = new FloorModel();
  model.upsertRep({ repId: 'ana', repName: 'Ana', timeZone: 'Europe/Madrid' });
  model.upsertRep({ repId: 'bo', repName: 'Bo', timeZone: 'America/Chicago' });
  let seq = { ana: 0, bo: 0 };
  const publish = (repId: 'ana' | 'bo', body: Parameters<typeof envelope>[2], at = NOW - MIN) =>
    model.apply(envelope(repId, (seq = { ...seq, [repId]: seq[repId] + 1 })[repId], body, at), at);
  return { model, publish };
}

describe('floor model', () => {
  it("shows each rep's latest state, pause code and lead", () => {
    const { model, publish } = floorWithTwoReps();
    publish(
      'ana',
      stateBody('dialing', NOW - 5 * MIN, { lead: { id: 4, createdAt: NOW - 20 * MIN } }),
    );
    publish(
      'ana',
      stateBody('connected', NOW - 4 * MIN, { lead: { id: 4, createdAt: NOW - 20 * MIN } }),
    );
    publish('bo', stateBody('paused', NOW - 2 * MIN, { pauseCode: 'training' }));
    const [ana, bo] = model.view(NOW).reps;
    expect(ana).toMatchObject({
      repId: 'ana',
      state: 'connected',
      stateSince: NOW - 4 * MIN,
      lead: { id: 4 },
      lastSeq: 2,
    });
    expect(bo).toMatchObject({
      repId: 'bo',
      state: 'paused',
      pauseCode: 'training',
      lead: null,
      lastSeq: 1,
    });
  });

  it("counts today's dials, contacts, conversions, talk and speed-to-lead per rep and for the team", () => {
    const { model, publish } = floorWithTwoReps();
    const start = NOW - 60 * MIN;
    // rep, attempt, started, outcome, lead id, lead created
    const calls: ['ana' | 'bo', string, number, Outcome, number, number][] = [
      ['ana', 'a1', start, NO_ANSWER, 1, start - 10 * MIN],
      ['ana', 'a2', start + 5 * MIN, talked('converted', 120, true), 2, start - 30 * MIN],
      ['ana', 'a3', start + 10 * MIN, talked('not-interested', 30), 3, start - 50 * MIN],
      ['bo', 'b1', start, talked('callback', 60), 1, start - 2 * MIN],
    ];
    for (const [repId, attemptId, startedAt, outcome, id, createdAt] of calls) {
      publish(repId, attemptBody(attemptId, startedAt, outcome, { id, createdAt }));
    }

    const view = model.view(NOW);
    expect(view.reps[0]?.kpis).toEqual({
      dials: 3,
      contacts: 2,
      conversions: 1,
      conversionRate: 0.5,
      contactRate: 2 / 3,
      talkSeconds: 150,
      // Waits of 10, 35 and 60 min: the median lead waited 35 min.
      responseTimeMedianMs: 35 * MIN,
      respondedWithinSlaShare: 1,
    });
    expect(view.team.kpis).toMatchObject({
      dials: 4,
      contacts: 3,
      conversions: 1,
      talkSeconds: 210,
    });
    expect(view.team.kpis.conversionRate).toBeCloseTo(1 / 3);
    // Pooled waits 2, 10, 35, 60 min: the team median is of leads, not of reps' medians.
    expect(view.team.kpis.responseTimeMedianMs).toBe(22.5 * MIN);
  });

  it('keeps the latest report of an attempt, so a changed outcome is counted once', () => {
    const { model, publish } = floorWithTwoReps();
    publish('ana', attemptBody('a1', NOW - 10 * MIN, talked('interested', 40)));
    publish('ana', attemptBody('a1', NOW - 10 * MIN, talked('converted', 40, true)));
    expect(model.view(NOW).reps[0]?.kpis).toMatchObject({ dials: 1, contacts: 1, conversions: 1 });
  });

  it('counts a dial from its start, a live call up to now on its own clock, and forgets a called-off dial', () => {
    const model = new FloorModel();
    model.upsertRep({ repId: 'ana', repName: 'Ana', timeZone: 'Europe/Madrid' });
    // Ana's clock runs 25 s ahead of the hub's: her reports arrive "25 s early".
    const SKEW = 25_000;
    const send = (seq: number, body: Parameters<typeof envelope>[2], hubAt: number) =>
      model.apply(envelope('ana', seq, body, hubAt + SKEW), hubAt);
    const started = { ...attemptBody('a1', NOW - 5 * MIN + SKEW, NO_ANSWER), outcomeCode: null };
    const placed = { ...started, endedAt: null, recordedAt: null };
    send(1, placed, NOW - 5 * MIN);
    expect(model.rows(NOW)[0]?.kpis).toMatchObject({ dials: 1, talkSeconds: 0 });
    // Answered 4 minutes ago on the hub's clock (reported at once).
    send(2, { ...placed, answeredAt: NOW - 4 * MIN + SKEW }, NOW - 4 * MIN);
    expect(model.rows(NOW)[0]?.kpis.talkSeconds).toBe(240);
    expect(model.rows(NOW + 10_000)[0]?.kpis.talkSeconds).toBe(250);
    send(
      3,
      { ...placed, answeredAt: NOW - 4 * MIN + SKEW, endedAt: NOW + SKEW, talkSeconds: 240 },
      NOW,
    );
    expect(model.rows(NOW + MIN)[0]?.kpis.talkSeconds).toBe(240);
    const second = { ...placed, attemptId: 'a2' };
    send(4, second, NOW);
    expect(model.rows(NOW)[0]?.kpis.dials).toBe(2);
    send(5, { ...second, calledOff: true }, NOW);
    expect(model.rows(NOW)[0]?.kpis.dials).toBe(1);
    // Time in state counts from the state event's arrival, less how long Ana had been in it.
    send(6, stateBody('paused', NOW + SKEW - 3_000), NOW);
    expect(model.rows(NOW)[0]?.stateSince).toBe(NOW - 3_000);
  });

  it('stops counting a live call once the rep reports a state off the line (a crash cut it off)', () => {
    const model = new FloorModel();
    model.upsertRep({ repId: 'ana', repName: 'Ana', timeZone: 'Europe/Madrid' });
    const send = (seq: number, body: Parameters<typeof envelope>[2], at: number) =>
      model.apply(envelope('ana', seq, body, at), at);
    const placed = { ...attemptBody('a1', NOW - 2 * MIN, NO_ANSWER), outcomeCode: null };
    send(1, stateBody('connected', NOW - MIN), NOW - MIN);
    send(2, { ...placed, answeredAt: NOW - MIN, endedAt: null, recordedAt: null }, NOW - MIN);
    // Read twice from the cache, once computed afresh: the same talk each way.
    expect(model.rows(NOW)[0]?.kpis.talkSeconds).toBe(60);
    expect(model.rows(NOW + 30_000)[0]?.kpis.talkSeconds).toBe(90);
    // The app restarts: idle, and the call's end never comes.
    send(3, stateBody('idle', NOW + 30_000), NOW + 30_000);
    expect(model.rows(NOW + 30_000)[0]?.kpis).toMatchObject({ dials: 1, talkSeconds: 0 });
    expect(model.rows(NOW + 10 * MIN)[0]?.kpis.talkSeconds).toBe(0);
  });

  it("leaves yesterday's attempts out of today's numbers", () => {
    const { model, publish } = floorWithTwoReps();
    publish('ana', attemptBody('old', NOW - 26 * 60 * MIN, CONVERTED));
    publish('ana', attemptBody('new', NOW - MIN, NO_ANSWER));
    expect(model.view(NOW).reps[0]?.kpis).toMatchObject({ dials: 1, conversions: 0 });
  });

  it('counts connected reps by state and everyone else as offline', () => {
    const { model, publish } = floorWithTwoReps();
    publish('ana', stateBody('connected', NOW - MIN));
    publish('bo', stateBody('paused', NOW - MIN, { pauseCode: 'break' }));
    model.rep('ana')!.connected = true;
    const team = model.view(NOW).team;
    expect(team).toMatchObject({ reps: 2, connected: 1 });
    expect(team.byState).toMatchObject({ connected: 1, paused: 0, offline: 1 });
  });

  it('ranks the leaderboard by conversions, then rate, and sorts it by any column', () => {
    const { model, publish } = floorWithTwoReps();
    publish('bo', attemptBody('b1', NOW - 9 * MIN, CONVERTED));
    publish('ana', attemptBody('a1', NOW - 9 * MIN, NO_ANSWER));
    publish('ana', attemptBody('a2', NOW - 8 * MIN, NO_ANSWER));
    const board = model.view(NOW).leaderboard;
    expect(board.map((entry) => [entry.rank, entry.repId])).toEqual([
      [1, 'bo'],
      [2, 'ana'],
    ]);
    expect(sortLeaderboard(board, 'dials', 'desc').map((e) => e.repId)).toEqual(['ana', 'bo']);
    // No contacts yet: an empty rate sinks whichever way the column is sorted.
    expect(sortLeaderboard(board, 'conversionRate', 'asc').map((e) => e.repId)).toEqual([
      'bo',
      'ana',
    ]);
  });

  it('bands time in state at 10 s, 1 min and 5 min, per VICIdial colour family', () => {
    expect([0, 9_999, 10_000, 59_999, 60_000, 299_999, 300_000].map(stateBand)).toEqual([
      0, 0, 1, 1, 2, 2, 3,
    ]);
    expect(stateCategory('ringing', true)).toBe('calling');
    expect(stateCategory('wrap-up', true)).toBe('wrapup');
    expect(stateCategory('connected', false)).toBe('offline');
  });
});
