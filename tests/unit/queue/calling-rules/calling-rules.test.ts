import { describe, expect, it } from 'vitest';
import {
  RuleBook,
  callingRulesHold,
  capHolding,
  describeHold,
  describeRule,
  nextOpeningUnderRules,
  shippedCallingRules,
} from '../../../../electron/core/queue/calling-rules';
import { DEFAULT_CAMPAIGN_RULES } from '../../../../electron/core/queue/campaign-rules';

const book = new RuleBook(shippedCallingRules());
const window = DEFAULT_CAMPAIGN_RULES.callingWindow;
const MIAMI = 'America/New_York';
const HOUR = 3_600_000;
/** Tuesday 24 November 2026, 20:30 in Miami. */
const EVENING = Date.parse('2026-11-25T01:30:00Z');

describe('the rules that apply to a lead', () => {
  it('takes the country’s rule and each state’s, and holds a US lead with no state', () => {
    expect(book.forRegions('US FL MD').rules.map((rule) => rule.id)).toEqual([
      'US',
      'US-FL',
      'US-MD',
    ]);
    expect(book.forRegions('US ?').missingRegion).toMatch(/neither the address nor the area code/);
    // A state without rules of its own: the federal rule alone.
    expect(book.forRegions('US')).toEqual({ rules: [book.all()[0]], missingRegion: null });
    expect(book.forRegions('GB ?')).toEqual({ rules: [], missingRegion: null });
    expect(book.forRegions('')).toEqual({ rules: [], missingRegion: null });
  });
});

describe('the gate’s calling rules', () => {
  const florida = book.forRegions('US FL');

  it('holds a Florida lead at 20:30 and says when it opens, in the rep’s words', () => {
    const hold = callingRulesHold({
      calling: florida,
      timeZone: MIAMI,
      window,
      dialsOfNumber: [],
      now: EVENING,
    });
    expect(hold?.reason).toBe('outside-calling-rules');
    expect(hold?.opensAt).toBe(Date.parse('2026-11-25T13:00:00Z'));
    expect(describeHold(hold!, MIAMI, EVENING)).toBe(
      'Florida: 8 AM–8 PM, 3 calls a day; next at 8:00 AM tomorrow their time',
    );
    // New York has no stricter rule: federal hours hold until 21:00.
    const newYork = book.forRegions('US');
    expect(
      callingRulesHold({
        calling: newYork,
        timeZone: MIAMI,
        window,
        dialsOfNumber: [],
        now: EVENING,
      }),
    ).toBeNull();
  });

  it('caps a number at 3 dials in a rolling 24 h, and opens when the oldest of them turns 24 h', () => {
    const noon = Date.parse('2026-11-24T17:00:00Z');
    const dials = [noon - 23 * HOUR, noon - 2 * HOUR, noon - HOUR];
    const hold = capHolding(florida.rules, dials, noon);
    expect(hold?.rule.id).toBe('US-FL');
    expect(hold?.opensAt).toBe(noon + HOUR);
    // A dial 24 h ago or older no longer counts.
    expect(capHolding(florida.rules, [noon - 24 * HOUR, ...dials.slice(1)], noon)).toBeNull();
    const gate = callingRulesHold({
      calling: florida,
      timeZone: MIAMI,
      window,
      dialsOfNumber: dials,
      now: noon,
    });
    expect(describeHold(gate!, MIAMI, noon)).toBe(
      'Florida: 8 AM–8 PM, 3 calls a day (reached); next at 1:00 PM today their time',
    );
  });

  it('skips Sundays and no-call days where a state forbids them', () => {
    const alabama = book.forRegions('US AL').rules;
    // Saturday 4 July 2026 is Independence Day, then Sunday: Monday 6 July 08:00 in Chicago.
    const friday = Date.parse('2026-07-04T02:00:00Z');
    expect(nextOpeningUnderRules(alabama, window, 'America/Chicago', friday)).toBe(
      Date.parse('2026-07-06T13:00:00Z'),
    );
    expect(describeRule(alabama[1]!)).toBe(
      'Alabama: 8 AM–8 PM, no calls Sun, 3 no-call days a year',
    );
  });

  it('opens at the narrowest of the campaign’s window and the rules, across a DST change', () => {
    // Saturday 7 March 2026, 21:00 in Miami (EST); Sunday 8 March is the first day of EDT.
    const late = Date.parse('2026-03-08T02:00:00Z');
    const narrow = { ...window, start: '09:30' };
    expect(nextOpeningUnderRules(book.forRegions('US FL').rules, narrow, MIAMI, late)).toBe(
      Date.parse('2026-03-08T13:30:00Z'),
    );
  });
});
