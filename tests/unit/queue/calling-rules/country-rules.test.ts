import { describe, expect, it } from 'vitest';
import { callingRegionsOf } from '../../../../shared/compliance/calling-regions';
import {
  RuleBook,
  callingRulesHold,
  shippedCallingRules,
  DEFAULT_CAMPAIGN_RULES,
} from '../../../../electron/core/queue';

const book = new RuleBook(shippedCallingRules());
const ruled = new Set(
  book
    .all()
    .filter((rule) => rule.region !== null)
    .map((rule) => `${rule.country} ${rule.region}`),
);

function holdAt(lead: { phoneE164: string; country: string }, timeZone: string, iso: string) {
  const regions = callingRegionsOf({ ...lead, region: null, postalCode: null }, ruled);
  return callingRulesHold({
    calling: book.forRegions(regions),
    timeZone,
    window: DEFAULT_CAMPAIGN_RULES.callingWindow,
    dialsOfNumber: [],
    now: Date.parse(iso),
  });
}

describe('the countries shipped with their own hours', () => {
  const toronto = { phoneE164: '+14165550100', country: 'CA' };
  const sydney = { phoneE164: '+61255550100', country: 'AU' };

  it('Canada: 9:00–21:30 on weekdays, 10:00–18:00 at weekends, the lead’s time', () => {
    // Tuesday 24 Nov 2026, 21:15 and 21:45 in Toronto (UTC−5).
    expect(holdAt(toronto, 'America/Toronto', '2026-11-25T02:15:00Z')).toBeNull();
    expect(holdAt(toronto, 'America/Toronto', '2026-11-25T02:45:00Z')?.rule?.id).toBe('CA');
    // Saturday 28 Nov 2026, 17:30 and 18:30.
    expect(holdAt(toronto, 'America/Toronto', '2026-11-28T22:30:00Z')).toBeNull();
    expect(holdAt(toronto, 'America/Toronto', '2026-11-28T23:30:00Z')?.rule?.id).toBe('CA');
  });

  it('Australia: no Sunday, no national public holiday, Saturdays until 17:00', () => {
    // Sunday 29 Nov 2026, 11:00 in Sydney (UTC+11).
    expect(holdAt(sydney, 'Australia/Sydney', '2026-11-29T00:00:00Z')?.rule?.id).toBe('AU');
    // Monday 30 Nov 2026 11:00: allowed; Friday 25 Dec 2026 11:00: Christmas.
    expect(holdAt(sydney, 'Australia/Sydney', '2026-11-30T00:00:00Z')).toBeNull();
    expect(holdAt(sydney, 'Australia/Sydney', '2026-12-25T00:00:00Z')?.rule?.id).toBe('AU');
    // Saturday 28 Nov 2026, 16:30 and 17:30.
    expect(holdAt(sydney, 'Australia/Sydney', '2026-11-28T05:30:00Z')).toBeNull();
    expect(holdAt(sydney, 'Australia/Sydney', '2026-11-28T06:30:00Z')?.rule?.id).toBe('AU');
  });
});
