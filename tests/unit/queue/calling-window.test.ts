import { describe, expect, it } from 'vitest';
import {
  isWithinCallingWindow,
  nextWindowOpening,
  openingOnNextAllowedDay,
} from '../../../electron/core/queue/calling-window';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import type { CallingWindow } from '../../../electron/core/queue/campaign-rules';
import { at } from './fixtures';

const standard = DEFAULT_CAMPAIGN_RULES.callingWindow;
const officeHours: CallingWindow = {
  start: '10:00',
  end: '17:00',
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
};

describe('isWithinCallingWindow', () => {
  it("uses the lead's wall clock: start inclusive, end exclusive", () => {
    const zone = 'America/Los_Angeles';
    expect(isWithinCallingWindow(zone, at('2026-03-10T07:59', zone), standard)).toBe(false);
    expect(isWithinCallingWindow(zone, at('2026-03-10T08:00', zone), standard)).toBe(true);
    expect(isWithinCallingWindow(zone, at('2026-03-10T20:59', zone), standard)).toBe(true);
    expect(isWithinCallingWindow(zone, at('2026-03-10T21:00', zone), standard)).toBe(false);
  });

  it('is the same instant answered differently per zone', () => {
    const noonInNewYork = at('2026-03-10T12:00', 'America/New_York');
    expect(isWithinCallingWindow('America/New_York', noonInNewYork, standard)).toBe(true);
    expect(isWithinCallingWindow('Pacific/Honolulu', noonInNewYork, standard)).toBe(false);
    expect(isWithinCallingWindow('Europe/Berlin', noonInNewYork, standard)).toBe(true);
    expect(isWithinCallingWindow('Asia/Tokyo', noonInNewYork, standard)).toBe(false);
  });

  it('follows the US switch to daylight time (8 March 2026)', () => {
    // 12:30 UTC is 07:30 EST the day before the switch and 08:30 EDT on the day.
    expect(isWithinCallingWindow('America/New_York', Date.UTC(2026, 2, 7, 12, 30), standard)).toBe(
      false,
    );
    expect(isWithinCallingWindow('America/New_York', Date.UTC(2026, 2, 8, 12, 30), standard)).toBe(
      true,
    );
  });

  it('follows the switches back to standard time (UK 25 Oct, US 1 Nov 2026)', () => {
    expect(isWithinCallingWindow('Europe/London', Date.UTC(2026, 9, 24, 7, 30), standard)).toBe(
      true,
    );
    expect(isWithinCallingWindow('Europe/London', Date.UTC(2026, 9, 25, 7, 30), standard)).toBe(
      false,
    );
    // 01:30 UTC is 21:30 EDT on 31 October but 20:30 EST on 1 November.
    expect(isWithinCallingWindow('America/New_York', Date.UTC(2026, 10, 1, 1, 30), standard)).toBe(
      false,
    );
    expect(isWithinCallingWindow('America/New_York', Date.UTC(2026, 10, 2, 1, 30), standard)).toBe(
      true,
    );
  });

  it('honours the allowed weekdays on the local date, not the UTC one', () => {
    const zone = 'America/Chicago';
    expect(isWithinCallingWindow(zone, at('2026-03-13T16:59', zone), officeHours)).toBe(true);
    expect(isWithinCallingWindow(zone, at('2026-03-14T12:00', zone), officeHours)).toBe(false);
    const weekdaysOnly: CallingWindow = { ...standard, weekdays: officeHours.weekdays };
    // Friday 19:30 in Chicago is already Saturday in UTC: still callable.
    expect(isWithinCallingWindow(zone, at('2026-03-13T19:30', zone), weekdaysOnly)).toBe(true);
    const auckland = 'Pacific/Auckland';
    // Monday 10:30 in Auckland is Sunday in UTC: callable, as it is Monday for the lead.
    expect(isWithinCallingWindow(auckland, at('2026-03-16T10:30', auckland), officeHours)).toBe(
      true,
    );
  });
});

describe('nextWindowOpening', () => {
  const zone = 'America/Chicago';

  it('is now when the window is open', () => {
    const now = at('2026-03-10T12:00', zone);
    expect(nextWindowOpening(zone, now, standard)).toBe(now);
  });

  it('is the same morning before the window opens and the next allowed day after it closes', () => {
    expect(nextWindowOpening(zone, at('2026-03-10T06:10', zone), officeHours)).toBe(
      at('2026-03-10T10:00', zone),
    );
    expect(nextWindowOpening(zone, at('2026-03-13T17:00', zone), officeHours)).toBe(
      at('2026-03-16T10:00', zone),
    );
  });
});

describe('openingOnNextAllowedDay', () => {
  const zone = 'America/Denver';

  it("is the asked local time on the lead's next day", () => {
    expect(openingOnNextAllowedDay(zone, at('2026-03-10T15:00', zone), standard, '09:00')).toBe(
      at('2026-03-11T09:00', zone),
    );
  });

  it('skips days the campaign does not call and never opens before the window', () => {
    expect(openingOnNextAllowedDay(zone, at('2026-03-13T11:00', zone), officeHours, '09:00')).toBe(
      at('2026-03-16T10:00', zone),
    );
  });

  it('lands on 09:00 local across a DST switch', () => {
    const next = openingOnNextAllowedDay(zone, at('2026-03-07T18:00', zone), standard, '09:00');
    expect(next).toBe(Date.UTC(2026, 2, 8, 15, 0));
  });
});
