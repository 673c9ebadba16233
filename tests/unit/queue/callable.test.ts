import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../shared/clock';
import type { Lead } from '../../../shared/domain/lead';
import { isCallable } from '../../../electron/core/queue/callable';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import { at, makeLead, nobodyOnDnc } from './fixtures';

const rules = DEFAULT_CAMPAIGN_RULES;
const zone = 'America/Chicago';
const noon = at('2026-03-10T12:00', zone);

const reasonFor = (lead: Lead, now = noon, dnc = nobodyOnDnc) => {
  const answer = isCallable(lead, now, rules, dnc);
  return answer.callable ? 'callable' : answer.reason;
};

describe('isCallable', () => {
  it('allows a new lead inside its window', () => {
    expect(isCallable(makeLead(), noon, rules, nobodyOnDnc)).toEqual({ callable: true });
  });

  it('never allows finished, do-not-call or held leads', () => {
    expect(reasonFor(makeLead({ status: 'done' }))).toBe('finished');
    expect(reasonFor(makeLead({ status: 'dnc' }))).toBe('do-not-call-status');
    expect(reasonFor(makeLead({ status: 'held', holdReason: 'ambiguous zone' }))).toBe('held');
  });

  it('asks the DNC list at the moment of the call', () => {
    const onList = new Set(['+13125550100']);
    const answer = isCallable(makeLead(), noon, rules, (phone) => onList.has(phone));
    expect(answer).toEqual({
      callable: false,
      reason: 'on-dnc-list',
      detail: '+13125550100 is on the do-not-call list.',
    });
  });

  it('never calls a lead whose zone is unknown', () => {
    expect(reasonFor(makeLead({ timeZone: null }))).toBe('unknown-time-zone');
    expect(reasonFor(makeLead({ timeZone: 'Mars/Olympus_Mons' }))).toBe('unknown-time-zone');
  });

  it("never calls outside the window in the lead's zone, and says so in its local time", () => {
    const late = at('2026-03-10T21:05', zone);
    const answer = isCallable(makeLead(), late, rules, nobodyOnDnc);
    expect(answer).toEqual({
      callable: false,
      reason: 'outside-calling-window',
      detail:
        'It is 21:05 in America/Chicago, outside the calling window 08:00–21:00 (mon, tue, wed, thu, fri, sat, sun).',
    });
    // The same instant is 22:05 in New York and 19:05 in Los Angeles.
    expect(reasonFor(makeLead({ timeZone: 'America/New_York' }), late)).toBe(
      'outside-calling-window',
    );
    expect(reasonFor(makeLead({ timeZone: 'America/Los_Angeles' }), late)).toBe('callable');
  });

  it('waits for the cadence spacing', () => {
    const lead = makeLead({
      status: 'retry',
      attemptCount: 1,
      nextEligibleAt: noon + 10 * MINUTE_MS,
    });
    expect(isCallable(lead, noon, rules, nobodyOnDnc)).toEqual({
      callable: false,
      reason: 'not-yet-eligible',
      detail: 'The lead may be dialed again in 10 min.',
    });
    expect(reasonFor(lead, noon + 10 * MINUTE_MS)).toBe('callable');
  });

  it('stops after the last cadence attempt', () => {
    expect(reasonFor(makeLead({ status: 'retry', attemptCount: 6, nextEligibleAt: noon }))).toBe(
      'max-attempts-reached',
    );
    expect(reasonFor(makeLead({ status: 'retry', attemptCount: 5, nextEligibleAt: noon }))).toBe(
      'callable',
    );
  });

  it('keeps a callback for its time, a couple of minutes early at most', () => {
    const callback = makeLead({ status: 'callback', attemptCount: 1, callbackAt: noon });
    expect(reasonFor(callback, noon - 3 * MINUTE_MS)).toBe('callback-not-due');
    expect(reasonFor(callback, noon - 2 * MINUTE_MS)).toBe('callable');
    expect(reasonFor(callback, noon + 90 * MINUTE_MS)).toBe('callable');
    expect(reasonFor(makeLead({ status: 'callback', callbackAt: null }))).toBe(
      'callback-time-missing',
    );
  });

  it('keeps a callback the lead asked for even after the last cadence attempt', () => {
    const callback = makeLead({ status: 'callback', attemptCount: 6, callbackAt: noon });
    expect(reasonFor(callback)).toBe('callable');
  });
});
