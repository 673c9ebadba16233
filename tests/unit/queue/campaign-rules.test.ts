import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CAMPAIGN_RULES,
  parseCampaignRules,
} from '../../../electron/core/queue/campaign-rules';

function errorOf(input: unknown): string {
  const result = parseCampaignRules(input);
  if (result.ok) throw new Error('expected the rules to be rejected');
  expect(result.error.code).toBe('invalid-argument');
  return result.error.message;
}

describe('parseCampaignRules', () => {
  it('gives the defaults for an empty or missing configuration', () => {
    expect(parseCampaignRules({})).toEqual({ ok: true, value: DEFAULT_CAMPAIGN_RULES });
    expect(parseCampaignRules(undefined)).toEqual({ ok: true, value: DEFAULT_CAMPAIGN_RULES });
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_CAMPAIGN_RULES.callingWindow).toEqual({
      start: '08:00',
      end: '21:00',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    });
    expect(DEFAULT_CAMPAIGN_RULES.speedToLead).toEqual({ slaMinutes: 60, atRiskMinutes: 20 });
    expect(DEFAULT_CAMPAIGN_RULES.cadence.maxAttempts).toBe(6);
    expect(DEFAULT_CAMPAIGN_RULES.cadence.spacing).toEqual([
      { kind: 'wait', minutes: 10 },
      { kind: 'wait', minutes: 60 },
      { kind: 'wait', minutes: 240 },
      { kind: 'next-day', at: '09:00' },
    ]);
  });

  it('fills what a campaign leaves out and keeps what it narrows', () => {
    const result = parseCampaignRules({
      callingWindow: { start: '09:30', weekdays: ['fri', 'mon', 'mon'] },
      cadence: { maxAttempts: 3 },
    });
    expect(result.ok && result.value.callingWindow).toEqual({
      start: '09:30',
      end: '21:00',
      weekdays: ['mon', 'fri'],
    });
    expect(result.ok && result.value.cadence).toEqual({
      maxAttempts: 3,
      spacing: DEFAULT_CAMPAIGN_RULES.cadence.spacing,
    });
  });

  it('refuses a window wider than 08:00–21:00', () => {
    expect(errorOf({ callingWindow: { start: '07:30' } })).toBe(
      'Campaign rules are invalid: callingWindow.start: 07:30 is earlier than 08:00: campaigns may only narrow the 08:00–21:00 window',
    );
    expect(errorOf({ callingWindow: { end: '21:30' } })).toContain(
      'callingWindow.end: 21:30 is later than 21:00',
    );
  });

  it('refuses a window that ends before it starts, bad times and unknown weekdays', () => {
    expect(errorOf({ callingWindow: { start: '17:00', end: '09:00' } })).toContain(
      'callingWindow.end: the window must end after it starts (17:00–09:00)',
    );
    expect(errorOf({ callingWindow: { start: '8am' } })).toContain(
      'callingWindow.start: expected a time as HH:mm',
    );
    expect(errorOf({ callingWindow: { weekdays: ['funday'] } })).toContain(
      'callingWindow.weekdays.0: expected one of mon, tue, wed, thu, fri, sat, sun',
    );
    expect(errorOf({ callingWindow: { weekdays: [] } })).toContain(
      'at least one weekday must be allowed',
    );
  });

  it('refuses impossible cadences and SLAs, naming every problem', () => {
    const message = errorOf({
      cadence: { maxAttempts: 0, spacing: [{ kind: 'wait', minutes: 2.5 }] },
      speedToLead: { slaMinutes: 30, atRiskMinutes: 45 },
    });
    expect(message).toContain('cadence.maxAttempts: must be at least 1');
    expect(message).toContain('cadence.spacing.0.minutes: expected whole minutes');
    expect(message).toContain('speedToLead.atRiskMinutes: must not exceed slaMinutes (30)');
  });

  it('refuses a next-day retry time the window never reaches, and unknown settings', () => {
    expect(
      errorOf({
        callingWindow: { end: '17:00' },
        cadence: { spacing: [{ kind: 'next-day', at: '18:00' }] },
      }),
    ).toContain('cadence.spacing.0.at: 18:00 is not before the calling window ends (17:00)');
    expect(errorOf({ callingHours: {} })).toContain('callingHours');
  });
});
