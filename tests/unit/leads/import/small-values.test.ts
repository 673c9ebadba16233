import { describe, expect, it } from 'vitest';
import { normalizeCountry } from '../../../../electron/core/leads/import/values/country-code';
import { normalizeEmail } from '../../../../electron/core/leads/import/values/email-address';
import { splitFullName } from '../../../../electron/core/leads/import/values/person-name';

describe('email', () => {
  it('is trimmed and lower-cased', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toEqual({
      status: 'ok',
      email: 'jane.doe@example.com',
    });
    expect(normalizeEmail('mailto:ann@example.org')).toEqual({
      status: 'ok',
      email: 'ann@example.org',
    });
    expect(normalizeEmail('a@example.com; b@example.com')).toEqual({
      status: 'ok',
      email: 'a@example.com',
    });
  });

  it('reports what is not an address', () => {
    expect(normalizeEmail('')).toEqual({ status: 'blank' });
    expect(normalizeEmail('jane at example')).toEqual({
      status: 'invalid',
      reason: 'not an email address',
    });
  });
});

describe('full names', () => {
  it.each([
    ['Jane Doe', 'Jane', 'Doe'],
    ['Doe, Jane', 'Jane', 'Doe'],
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Dr. Jane Doe', 'Jane', 'Doe'],
    ['John Smith Jr.', 'John', 'Smith Jr.'],
    ['Cher', 'Cher', ''],
    ['  Zoë   Müller ', 'Zoë', 'Müller'],
    ['', '', ''],
  ])('%j → %j / %j', (full, firstName, lastName) => {
    expect(splitFullName(full)).toEqual({ firstName, lastName });
  });
});

describe('countries', () => {
  it.each([
    ['US', 'US'],
    ['usa', 'US'],
    ['United States', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['España', 'ES'],
    ['Österreich', 'AT'],
    ['fr', 'FR'],
    ['Canada', 'CA'],
  ])('%j → %s', (raw, code) => {
    expect(normalizeCountry(raw)).toBe(code);
  });

  it('gives up on what is not a country', () => {
    expect(normalizeCountry('Atlantis')).toBeNull();
    expect(normalizeCountry('')).toBeNull();
  });
});
