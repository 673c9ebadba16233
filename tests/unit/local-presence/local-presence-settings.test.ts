import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/core/platform/log/logger';
import { jsonFileSettingsBackend } from '../../../electron/core/platform/settings/json-file-backend';
import { keyFileCipher } from '../../../electron/core/platform/settings/key-file-cipher';
import { SettingsService } from '../../../electron/core/platform/settings/settings-service';
import type { LocalPresenceSettings } from '../../../shared/domain/local-presence';
import { localPresenceProblems } from '../../../shared/domain/local-presence-problems';
import { argumentSchemas, describeValidationError } from '../../../shared/ipc/validators';
import { ANA_SETTINGS } from '../../support/settings-fixture';
import { makeTempDir } from '../../support/temp-dir';

const presence = (extra: Partial<LocalPresenceSettings>): LocalPresenceSettings => ({
  numbers: [],
  countries: ['US'],
  defaultNumber: null,
  ...extra,
});
const numbers = (...list: string[]) => list.map((number) => ({ number, label: null }));

/** What settings.update answers for this pool, as the person reads it. */
function refusal(localPresence: unknown): string | null {
  const parsed = argumentSchemas['settings.update'].safeParse([{ localPresence }]);
  return parsed.success ? null : describeValidationError('settings.update', parsed.error);
}

describe('local presence settings: what is refused, in words', () => {
  it('accepts a pool of valid numbers of allowed countries with a default among them', () => {
    const pool = presence({
      numbers: [{ number: '+13035550100', label: 'Denver office' }, ...numbers('+14165550100')],
      countries: ['US', 'CA'],
      defaultNumber: '+13035550100',
    });
    expect(localPresenceProblems(pool)).toEqual([]);
    expect(refusal(pool)).toBeNull();
  });

  it('names each problem and where it is', () => {
    const pool = presence({
      numbers: [
        ...numbers('303-555-0100', '+1303555', '+13035550100', '+13035550100', '+442079460958'),
        { number: '+12125550100', label: '   ' },
      ],
      countries: ['US', 'XX', 'US'],
      defaultNumber: '+14155550123',
    });
    expect(localPresenceProblems(pool)).toEqual([
      {
        place: { field: 'countries' },
        message: '“XX” is not a country: use its two-letter code, like US or GB.',
      },
      { place: { field: 'countries' }, message: 'US is among the countries twice.' },
      {
        place: { field: 'number', index: 0 },
        message:
          '“303-555-0100” is not in international form: a + and the country code, like +13035550100.',
      },
      {
        place: { field: 'number', index: 1 },
        message: '+1303555 is not a valid phone number: check its digits.',
      },
      { place: { field: 'number', index: 3 }, message: '+13035550100 is in the pool twice.' },
      {
        place: { field: 'number', index: 4 },
        message:
          '+442079460958 is a number in GB, which is not among the countries allowed: allow GB or remove the number.',
      },
      {
        place: { field: 'number', index: 5 },
        message: 'The label of +12125550100 is blank: write one or leave it out.',
      },
      {
        place: { field: 'defaultNumber' },
        message:
          "The default caller ID +14155550123 is not one of the pool's numbers: add it to the pool first.",
      },
    ]);
  });

  it('says what is wrong when settings.update is refused', () => {
    expect(refusal(presence({ numbers: numbers('+1303555') }))).toBe(
      'Invalid arguments for settings.update (argument 0.localPresence.numbers.0): ' +
        '+1303555 is not a valid phone number: check its digits.',
    );
    expect(refusal(presence({ defaultNumber: '+13035550100' }))).toBe(
      'Invalid arguments for settings.update (argument 0.localPresence.defaultNumber): ' +
        "The default caller ID +13035550100 is not one of the pool's numbers: add it to the pool first.",
    );
  });
});

describe('local presence settings: kept', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  const open = () =>
    new SettingsService(
      jsonFileSettingsBackend(temp.dir),
      keyFileCipher(temp.dir),
      createLogger(() => undefined),
      ANA_SETTINGS,
    );

  it('starts with an empty pool and keeps a saved one across a restart', () => {
    expect(open().get().localPresence).toEqual({
      numbers: [],
      countries: ['US'],
      defaultNumber: null,
    });
    const pool = presence({
      numbers: [{ number: '+13035550100', label: 'Denver office' }],
      defaultNumber: '+13035550100',
    });
    open().update({ localPresence: pool });
    expect(open().get().localPresence).toEqual(pool);
  });

  it('reads a stored pool with a number it no longer accepts without losing the other settings', () => {
    // Saved when the number was accepted (an older libphonenumber-js, say).
    const pool = presence({ numbers: numbers('+1303555'), defaultNumber: '+1303555' });
    const stored = { ...ANA_SETTINGS, wrapUpSeconds: 25, localPresence: pool, secrets: {} };
    const settings = new SettingsService(
      { load: () => stored, save: () => undefined },
      keyFileCipher(temp.dir),
      createLogger(() => undefined),
      ANA_SETTINGS,
    );
    expect(settings.loadProblem).toBeNull();
    expect(settings.get()).toMatchObject({ wrapUpSeconds: 25, localPresence: pool });
  });
});
