import { describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../shared/domain/settings';
import { setupDraftFrom, setupPatch } from '../../../renderer/src/setup/setup-draft';

const fresh = {
  repName: 'Rep',
  setupComplete: false,
  repTimeZone: 'Europe/Berlin',
  repCountry: 'US',
  dialMode: 'power',
} as PublicSettings;

describe('first-run setup', () => {
  it('starts with an empty name, the system time zone and the default country and dial mode', () => {
    expect(setupDraftFrom(fresh)).toEqual({
      repName: '',
      repTimeZone: 'Europe/Berlin',
      repCountry: 'US',
      dialMode: 'power',
    });
  });

  it('refuses to finish without a name, and saves the four answers with the setup marked done', () => {
    const draft = setupDraftFrom(fresh);
    const refused = setupPatch({ ...draft, repName: '   ' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.errors.get('repName')).toBe('Your name, as prospects should hear it.');
    }
    expect(setupPatch({ ...draft, repName: ' Priya Nair ', dialMode: 'preview' })).toEqual({
      ok: true,
      patch: {
        repName: 'Priya Nair',
        repTimeZone: 'Europe/Berlin',
        repCountry: 'US',
        dialMode: 'preview',
        setupComplete: true,
      },
    });
  });
});
