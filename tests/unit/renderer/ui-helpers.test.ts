import { describe, expect, it } from 'vitest';
import { countryOptions } from '../../../renderer/src/ui/countries';
import { movePage, pageRangeText } from '../../../renderer/src/ui/paging';
import { allTimeZones, searchTimeZones, utcOffsetText } from '../../../renderer/src/ui/time-zones';
import { readPhoneEntry } from '../../../renderer/src/dnc/phone-entry';
import { describeFile } from '../../../renderer/src/imports/file-facts';
import { reportFileName } from '../../../renderer/src/imports/save-text-file';

const ZONES = [
  'America/Argentina/Buenos_Aires',
  'America/Chicago',
  'America/New_York',
  'Europe/London',
  'Pacific/Chatham',
  'America/North_Dakota/New_Salem',
];

describe('searchTimeZones', () => {
  it('matches words in any part of the name, spaces for underscores', () => {
    expect(searchTimeZones('new york', ZONES)).toEqual(['America/New_York']);
    expect(searchTimeZones('buenos', ZONES)).toEqual(['America/Argentina/Buenos_Aires']);
    expect(searchTimeZones('europe lon', ZONES)).toEqual(['Europe/London']);
  });

  it('puts zones whose city starts with the query first', () => {
    expect(searchTimeZones('new', ZONES)).toEqual([
      'America/New_York',
      'America/North_Dakota/New_Salem',
      'Pacific/Chatham', // New Zealand
    ]);
    expect(searchTimeZones('cha', ZONES)).toEqual(['Pacific/Chatham']);
  });

  it('lists every zone (up to the limit) for an empty query', () => {
    expect(searchTimeZones('  ', ZONES, 3)).toEqual(ZONES.slice(0, 3));
  });

  describe('by country, English name and abbreviation, on every zone this runtime knows', () => {
    const all = allTimeZones();
    const first = (query: string, count = 1) => searchTimeZones(query, all).slice(0, count);

    it('finds the US zones by their common names and abbreviations, the usual city first', () => {
      expect(first('Eastern')).toEqual(['America/New_York']);
      expect(first('EST')).toEqual(['America/New_York']);
      expect(first('edt')).toEqual(['America/New_York']);
      expect(first('Pacific')).toEqual(['America/Los_Angeles']);
      expect(first('PST')).toEqual(['America/Los_Angeles']);
      expect(first('central time')).toEqual(['America/Chicago']);
      expect(first('Mountain', 2)).toEqual(['America/Denver', 'America/Phoenix']);
    });

    it('finds zones elsewhere by abbreviation, English name and country', () => {
      expect(first('CET')).toEqual(['Europe/Paris']);
      const kolkata = all.includes('Asia/Kolkata') ? 'Asia/Kolkata' : 'Asia/Calcutta';
      expect(first('IST')).toEqual([kolkata]);
      expect(first('AEST')).toEqual(['Australia/Sydney']);
      expect(searchTimeZones('india', all)).toContain(kolkata);
      expect(searchTimeZones('France', all)).toEqual(['Europe/Paris']);
      expect(searchTimeZones('germany', all)).toContain('Europe/Berlin');
      expect(searchTimeZones('british summer', all)).toContain('Europe/London');
    });

    it('still finds a city by its own name', () => {
      expect(first('chicago')).toEqual(['America/Chicago']);
      expect(first('london')).toEqual(['Europe/London']);
    });
  });

  it('shows the offset at a given time, DST included', () => {
    expect(utcOffsetText('America/Chicago', Date.UTC(2026, 0, 15))).toBe('UTC−6');
    expect(utcOffsetText('America/Chicago', Date.UTC(2026, 6, 15))).toBe('UTC−5');
    expect(utcOffsetText('Asia/Kolkata', Date.UTC(2026, 0, 15))).toBe('UTC+5:30');
    expect(utcOffsetText('UTC', Date.UTC(2026, 0, 15))).toBe('UTC');
  });
});

describe('paging', () => {
  it('says which rows are on screen', () => {
    expect(pageRangeText(0, 50, 1234, 'None')).toBe('1–50 of 1,234');
    expect(pageRangeText(1200, 34, 1234, 'None')).toBe('1,201–1,234 of 1,234');
    expect(pageRangeText(0, 0, 0, 'No numbers')).toBe('No numbers');
  });

  it('stays inside the list', () => {
    expect(movePage(0, -1, 120, 50)).toBe(0);
    expect(movePage(50, 1, 120, 50)).toBe(100);
    expect(movePage(100, 1, 120, 50)).toBe(100);
    expect(movePage(0, 1, 0, 50)).toBe(0);
  });
});

describe('readPhoneEntry', () => {
  it('reads a national number in the rep’s country, and an international one anywhere', () => {
    expect(readPhoneEntry('(305) 555-0111', 'US')).toMatchObject({
      status: 'ok',
      e164: '+13055550111',
    });
    expect(readPhoneEntry('+44 20 7946 0958', null)).toMatchObject({
      status: 'ok',
      e164: '+442079460958',
    });
  });

  it('says what is wrong', () => {
    expect(readPhoneEntry('', 'US')).toEqual({ status: 'empty' });
    expect(readPhoneEntry('555', 'US').status).toBe('invalid');
    expect(readPhoneEntry('07700 900123', null)).toMatchObject({ status: 'invalid' });
  });
});

describe('small words', () => {
  it('describes a detected file', () => {
    expect(
      describeFile({
        encoding: { encoding: 'utf-8', bom: true },
        dialect: { delimiter: ';', newline: '\r\n' },
        dateOrder: { order: 'DMY', basis: 'file' },
      }),
    ).toEqual(['UTF-8 with BOM', 'semicolon-separated', 'dates day first (from the file)']);
  });

  it('names the report after the file', () => {
    expect(reportFileName('hubspot-export.csv')).toBe('hubspot-export – import report.csv');
    expect(reportFileName('.csv')).toBe('leads – import report.csv');
  });

  it('lists countries by name with their codes', () => {
    const countries = countryOptions();
    expect(countries.length).toBeGreaterThan(200);
    expect(countries.find((c) => c.code === 'GB')?.name).toBe('United Kingdom');
    expect(countries.map((c) => c.name)).toEqual(
      [...countries.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});
