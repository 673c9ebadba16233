import { describe, expect, it } from 'vitest';
import { NO_LOCAL_PRESENCE } from '../../../shared/domain/local-presence';
import type { PublicSettings } from '../../../shared/domain/settings';
import {
  presenceDraftFrom,
  presencePatch,
  rowProblems,
  type PresenceDraft,
} from '../../../renderer/src/local-presence/presence-draft';

const settings = { localPresence: NO_LOCAL_PRESENCE } as unknown as PublicSettings;

describe('local presence draft', () => {
  it('sends the pool as printed numbers compacted, blank rows and labels left out', () => {
    const draft: PresenceDraft = {
      rows: [
        { number: '+1 (303) 555-0100', label: ' Denver office ' },
        { number: '', label: '' },
        { number: '+1 212 555 0100', label: '' },
      ],
      countries: ['US'],
      defaultRow: 2,
    };
    expect(presencePatch(draft, settings)).toEqual({
      ok: true,
      patch: {
        localPresence: {
          numbers: [
            { number: '+13035550100', label: 'Denver office' },
            { number: '+12125550100', label: null },
          ],
          countries: ['US'],
          defaultNumber: '+12125550100',
        },
      },
    });
  });

  it('reads the settings back as they were saved, and sends nothing when nothing changed', () => {
    const saved = {
      localPresence: {
        numbers: [{ number: '+13035550100', label: 'Denver office' }],
        countries: ['US', 'CA'],
        defaultNumber: '+13035550100',
      },
    } as unknown as PublicSettings;
    const draft = presenceDraftFrom(saved);
    expect(draft).toEqual({
      rows: [{ number: '+13035550100', label: 'Denver office' }],
      countries: ['US', 'CA'],
      defaultRow: 0,
    });
    expect(presencePatch(draft, saved)).toEqual({ ok: true, patch: {} });
  });

  it('puts each number’s problem on its row, blank rows counted', () => {
    const draft: PresenceDraft = {
      rows: [
        { number: '', label: '' },
        { number: '303 555 0100', label: '' },
        { number: '+442079460958', label: 'London' },
      ],
      countries: ['US'],
      defaultRow: null,
    };
    expect(rowProblems(draft)).toEqual(
      new Map([
        [
          1,
          '“3035550100” is not in international form: a + and the country code, like +13035550100.',
        ],
        [
          2,
          '+442079460958 is a number in GB, which is not among the countries allowed: allow GB or remove the number.',
        ],
      ]),
    );
    const check = presencePatch(draft, settings);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.errors.get('rows')).toBe('Fix the numbers marked above, then save.');
    }
  });
});
