import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateOrderEvidence,
  parseDateTime,
} from '../../../../electron/core/leads/import/values/date-time';

const ny = { order: 'MDY', zone: 'America/New_York' } as const;
const paris = { order: 'DMY', zone: 'Europe/Paris' } as const;
const ms = (iso: string) => Date.parse(iso);

describe('date parsing', () => {
  it.each([
    ['2026-11-27T14:03:00Z', ny, '2026-11-27T14:03:00Z'],
    ['2026-11-27T14:03:00.123456+00:00', ny, '2026-11-27T14:03:00.123Z'], // Close
    ['2026-11-27T14:03:00-08:00', ny, '2026-11-27T22:03:00Z'],
    ['2026-11-27 14:03:00', ny, '2026-11-27T19:03:00Z'], // naive: read in the zone setting
    ['2026-11-27 14:03', paris, '2026-11-27T13:03:00Z'],
    ['2026-07-01 09:00', ny, '2026-07-01T13:00:00Z'], // daylight time
    ['2026-11-27', ny, '2026-11-27T05:00:00Z'],
    ['11/27/2026 2:03 PM', ny, '2026-11-27T19:03:00Z'], // Salesforce, US
    ['11/27/2026 12:15 AM', ny, '2026-11-27T05:15:00Z'],
    ['1/5/26 9:07 am', ny, '2026-01-05T14:07:00Z'],
    ['27/11/2026 14:03', paris, '2026-11-27T13:03:00Z'],
    ['05/01/2026', paris, '2026-01-04T23:00:00Z'],
    ['27.11.2026 14:03', ny, '2026-11-27T19:03:00Z'], // dots are always day first
    ['Nov 27, 2026 2:03 PM', ny, '2026-11-27T19:03:00Z'],
    ['27 November 2026', paris, '2026-11-26T23:00:00Z'],
    ['1795788180', ny, '2026-11-27T14:03:00Z'], // epoch seconds
    ['1795788180000', ny, '2026-11-27T14:03:00Z'], // epoch milliseconds
  ] as const)('%s → %s', (raw, reading, iso) => {
    expect(parseDateTime(raw, reading)).toEqual({ status: 'ok', epochMs: ms(iso) });
  });

  it('reads the skipped and repeated hours of daylight-saving changes predictably', () => {
    // 02:30 does not exist in New York on 2026-03-08: read as 03:30 EDT.
    expect(parseDateTime('2026-03-08 02:30', ny)).toEqual({
      status: 'ok',
      epochMs: ms('2026-03-08T07:30:00Z'),
    });
    // 01:30 happens twice on 2026-11-01: the first (EDT) is taken.
    expect(parseDateTime('2026-11-01 01:30', ny)).toEqual({
      status: 'ok',
      epochMs: ms('2026-11-01T05:30:00Z'),
    });
    expect(parseDateTime('2026-10-25 02:30', paris)).toEqual({
      status: 'ok',
      epochMs: ms('2026-10-25T00:30:00Z'),
    });
  });

  it.each([
    ['', 'blank'],
    ['13/27/2026', 'invalid'],
    ['02/30/2026', 'invalid'],
    ['2026-11-27 25:00', 'invalid'],
    ['yesterday', 'invalid'],
    ['1/1/1970', 'invalid'],
    ['13:00 PM 1/1/2026', 'invalid'],
  ])('%j is %s', (raw, status) => {
    expect(parseDateTime(raw, ny).status).toBe(status);
  });

  it('says when a date contradicts the month/day order', () => {
    expect(parseDateTime('25/03/2026', ny)).toEqual({
      status: 'invalid',
      reason: '25/03/2026 does not fit the month/day order of this file',
    });
  });

  it('finds the order a column proves', () => {
    expect(dateOrderEvidence(['01/02/2026', '25/03/2026'])).toBe('DMY');
    expect(dateOrderEvidence(['01/02/2026', '03/25/2026 4:00 PM'])).toBe('MDY');
    expect(dateOrderEvidence(['01/02/2026', '2026-03-25', '02.03.2026'])).toBeNull();
    expect(dateOrderEvidence(['25/03/2026', '03/25/2026'])).toBe('conflict');
  });

  it('round-trips any wall-clock time in a zone without daylight-saving changes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1991-01-01'), max: new Date('2098-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 19).replace('T', ' ');
          const parsed = parseDateTime(iso, { order: 'MDY', zone: 'Asia/Tokyo' });
          expect(parsed).toEqual({
            status: 'ok',
            epochMs: Math.floor(date.getTime() / 1000) * 1000 - 9 * 3600_000,
          });
        },
      ),
    );
  });
});
