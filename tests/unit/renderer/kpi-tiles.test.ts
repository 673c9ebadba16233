import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { computeKpiSnapshot } from '../../../shared/kpi';
import type { Attempt } from '../../../shared/domain/attempt';
import { kpiTiles, shortDuration } from '../../../renderer/src/kpi/kpi-tiles';

const at = (hour: number, minute = 0) => Date.UTC(2026, 10, 27, hour, minute);

function attempt(leadId: number, startedAt: number, outcomeCode: string, talkSeconds = 0): Attempt {
  const answered = talkSeconds > 0;
  return {
    id: `${leadId}-${startedAt}`,
    leadId,
    campaignId: 'default',
    repId: 'rep',
    startedAt,
    ringingAt: startedAt + 1_000,
    answeredAt: answered ? startedAt + 5_000 : null,
    answeredBy: answered ? 'human' : null,
    endedAt: startedAt + 5_000 + talkSeconds * 1000,
    talkSeconds,
    endReason: answered ? 'hangup-local' : 'no-answer',
    outcomeCode,
    notOnTheLine: false,
    note: null,
    callbackAt: null,
    provider: 'simulated',
    presentedCallerId: null,
    providerCallId: null,
    recordedAt: startedAt + 15_000 + talkSeconds * 1000,
  };
}

const byValue = (tiles: ReturnType<typeof kpiTiles>) =>
  Object.fromEntries(tiles.map((tile) => [tile.testId, tile.value]));

describe('kpiTiles', () => {
  it('shows dashes, not zeros or NaN, for rates on an empty day', () => {
    const empty = computeKpiSnapshot({
      attempts: [],
      dispositions: DEFAULT_DISPOSITIONS,
      leads: [],
      timeZone: 'UTC',
      now: at(9),
    });
    expect(byValue(kpiTiles(empty))).toEqual({
      'kpi-dials': '0',
      'kpi-pace': '—',
      'kpi-contacts': '0',
      'kpi-contact-rate': '—',
      'kpi-conversions': '0',
      'kpi-conversion-rate': '—',
      'kpi-response-time': '—',
      'kpi-talk-time': '0:00',
      'kpi-handle-time': '—',
    });
  });

  it('formats a working morning: 4 dials, 2 contacts, 1 conversion', () => {
    const attempts = [
      attempt(1, at(9, 0), 'converted', 120),
      attempt(2, at(9, 5), 'no-answer'),
      attempt(3, at(9, 10), 'not-interested', 60),
      attempt(4, at(9, 15), 'busy'),
    ];
    const leads = [1, 2, 3, 4].map((id) => ({
      id,
      createdAt: at(8, 50),
      firstAttemptAt: attempts[id - 1]!.startedAt,
    }));
    const kpi = computeKpiSnapshot({
      attempts,
      dispositions: DEFAULT_DISPOSITIONS,
      leads,
      timeZone: 'UTC',
      now: at(10),
    });
    const tiles = kpiTiles(kpi);
    expect(byValue(tiles)).toMatchObject({
      'kpi-dials': '4',
      'kpi-contacts': '2',
      'kpi-contact-rate': '50%',
      'kpi-conversions': '1',
      'kpi-conversion-rate': '50%',
      // Responses of 10, 15, 20 and 25 min: the median 17.5 min shows in whole minutes, down.
      'kpi-response-time': '17 min',
      'kpi-talk-time': '3:00',
    });
    // Four dials, two contacts, four leads: too few to judge any of them yet.
    const status = Object.fromEntries(tiles.map((tile) => [tile.id, tile.status]));
    expect(status).toMatchObject({
      dials: 'none',
      pace: 'none',
      'conversion-rate': 'none',
      'response-time': 'none',
    });
    const tile = (id: string) => tiles.find((t) => t.id === id)!;
    expect(tile('conversion-rate').detail).toBe('judged from 10 contacts');
    expect(tile('pace').detail).toBe('judged from 10 dials');
    expect(tile('pace').spoken).toBe(
      `on pace for ${kpi.projectedDials} dials today, target 30; no verdict until 10 dials (4 so far)`,
    );
  });

  it('judges each tile once it has enough samples, and says so aloud', () => {
    // Twelve dials from 9:00, every third reached and converted at 10 contacts → 0 % would be red.
    const attempts = Array.from({ length: 12 }, (_, i) =>
      attempt(i + 1, at(9, i * 5), i < 10 ? 'not-interested' : 'no-answer', i < 10 ? 30 : 0),
    );
    const leads = attempts.map((a) => ({
      id: a.leadId,
      createdAt: a.startedAt - 5 * 60_000,
      firstAttemptAt: a.startedAt,
    }));
    const kpi = computeKpiSnapshot({
      attempts,
      dispositions: DEFAULT_DISPOSITIONS,
      leads,
      timeZone: 'UTC',
      now: at(10),
    });
    const tiles = Object.fromEntries(kpiTiles(kpi).map((tile) => [tile.id, tile]));
    expect(tiles['conversion-rate']).toMatchObject({
      value: '0%',
      status: 'off',
      detail: 'target 20%',
      spoken: 'conversion rate 0% of 10 contacts, target 20%; off target',
    });
    expect(tiles['response-time']).toMatchObject({ value: '5 min', status: 'on' });
    expect(tiles.pace!.status).not.toBe('none');
    expect(tiles.pace!.spoken).toMatch(/^on pace for \d+ dials today, target 30; (on|off) target$/);
  });
});

describe('shortDuration', () => {
  it.each([
    [42_000, '42 s'],
    [12 * 60_000, '12 min'],
    [65 * 60_000, '1 h 5 min'],
    [120 * 60_000, '2 h'],
  ])('%d ms → %s', (ms, text) => {
    expect(shortDuration(ms)).toBe(text);
  });
});
