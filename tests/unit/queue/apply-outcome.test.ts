import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../shared/clock';
import type { Disposition } from '../../../shared/domain/disposition';
import { applyOutcome } from '../../../electron/core/queue/apply-outcome';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import { DomainError } from '../../../shared/result';
import { at, dispositionFor, makeLead } from './fixtures';

const rules = DEFAULT_CAMPAIGN_RULES;
const zone = 'America/Chicago';
const now = at('2026-03-10T15:00', zone);
const fresh = makeLead({ createdAt: now - 4 * MINUTE_MS });

describe('applyOutcome', () => {
  it('counts the attempt and remembers when the first one happened', () => {
    const first = applyOutcome(fresh, dispositionFor('no-answer'), now, rules);
    expect(first).toMatchObject({ attemptCount: 1, firstAttemptAt: now, lastAttemptAt: now });
    const dialedAt = now - MINUTE_MS;
    const stamped = makeLead({ firstAttemptAt: dialedAt, lastAttemptAt: dialedAt });
    const second = applyOutcome(stamped, dispositionFor('no-answer'), now, rules);
    expect(second).toMatchObject({ firstAttemptAt: dialedAt, lastAttemptAt: now });
  });

  it('finishes the lead on a final outcome', () => {
    expect(applyOutcome(fresh, dispositionFor('converted'), now, rules)).toEqual({
      status: 'done',
      attemptCount: 1,
      firstAttemptAt: now,
      lastAttemptAt: now,
      nextEligibleAt: null,
      callbackAt: null,
      lastOutcome: 'converted',
      addToDncList: false,
      closedReason: 'final-outcome',
    });
  });

  it('marks do-not-call and asks the store to add the number to the list', () => {
    expect(applyOutcome(fresh, dispositionFor('do-not-call'), now, rules)).toMatchObject({
      status: 'dnc',
      addToDncList: true,
      closedReason: 'do-not-call',
      nextEligibleAt: null,
    });
  });

  it('schedules a callback at the promised time', () => {
    const promised = at('2026-03-11T10:30', zone);
    expect(applyOutcome(fresh, dispositionFor('callback'), now, rules, promised)).toMatchObject({
      status: 'callback',
      callbackAt: promised,
      nextEligibleAt: null,
      closedReason: null,
    });
  });

  it('refuses a callback without a time, in the past, or outside the calling window', () => {
    const callback = dispositionFor('callback');
    expect(() => applyOutcome(fresh, callback, now, rules)).toThrow(DomainError);
    expect(() => applyOutcome(fresh, callback, now, rules, now - MINUTE_MS)).toThrow(
      'The callback time is in the past.',
    );
    expect(() => applyOutcome(fresh, callback, now, rules, at('2026-03-10T21:30', zone))).toThrow(
      'A callback at 21:30 in America/Chicago is outside the calling window 08:00–21:00 (mon, tue, wed, thu, fri, sat, sun); the next allowed time is Wed 11 Mar 08:00.',
    );
  });

  it('spaces retries by the cadence: 10 min, 1 h, 4 h, then the next day at 09:00', () => {
    const noAnswer = dispositionFor('no-answer');
    const after = (attemptCount: number) =>
      applyOutcome(makeLead({ status: 'retry', attemptCount }), noAnswer, now, rules);
    expect(after(0)).toMatchObject({ status: 'retry', nextEligibleAt: now + 10 * MINUTE_MS });
    expect(after(1).nextEligibleAt).toBe(now + 60 * MINUTE_MS);
    expect(after(2).nextEligibleAt).toBe(now + 240 * MINUTE_MS);
    expect(after(3).nextEligibleAt).toBe(at('2026-03-11T09:00', zone));
    expect(after(4).nextEligibleAt).toBe(at('2026-03-11T09:00', zone));
  });

  it("lets a disposition's retry-after override the cadence", () => {
    const later: Disposition = { ...dispositionFor('interested'), retryAfterMinutes: 3 * 24 * 60 };
    expect(applyOutcome(fresh, later, now, rules).nextEligibleAt).toBe(
      now + 3 * 24 * 60 * MINUTE_MS,
    );
  });

  it('finishes the lead when the last cadence attempt fails', () => {
    const last = makeLead({ status: 'retry', attemptCount: 5 });
    expect(applyOutcome(last, dispositionFor('voicemail-left'), now, rules)).toMatchObject({
      status: 'done',
      attemptCount: 6,
      nextEligibleAt: null,
      closedReason: 'max-attempts',
      lastOutcome: 'voicemail-left',
    });
  });

  it('honours a callback requested on the last attempt', () => {
    const last = makeLead({ status: 'retry', attemptCount: 5 });
    const promised = now + 30 * MINUTE_MS;
    expect(applyOutcome(last, dispositionFor('callback'), now, rules, promised)).toMatchObject({
      status: 'callback',
      attemptCount: 6,
      callbackAt: promised,
    });
  });

  it('keeps a lead with an outcome that sets no flag in the cadence', () => {
    const noted: Disposition = { ...dispositionFor('no-answer'), code: 'info-sent' };
    noted.flags = { ...noted.flags, retry: false };
    expect(applyOutcome(fresh, noted, now, rules)).toMatchObject({
      status: 'retry',
      nextEligibleAt: now + 10 * MINUTE_MS,
    });
  });

  it('moves a next-day retry past the days a campaign does not call', () => {
    const weekdays: CampaignRules = {
      ...rules,
      callingWindow: {
        start: '10:00',
        end: '17:00',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      },
    };
    const friday = at('2026-03-13T16:00', zone);
    const update = applyOutcome(
      makeLead({ status: 'retry', attemptCount: 3 }),
      dispositionFor('no-answer'),
      friday,
      weekdays,
    );
    expect(update.nextEligibleAt).toBe(at('2026-03-16T10:00', zone));
  });
});
