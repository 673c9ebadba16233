import { describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../shared/domain/settings';
import { draftFromSettings, settingsPatch } from '../../../renderer/src/settings/settings-draft';

const settings = {
  repId: 'alex',
  repName: 'Alex Morgan',
  role: 'rep',
  repTimeZone: 'America/New_York',
  repCountry: 'US',
  dialMode: 'power',
  wrapUpSeconds: 30,
  keepOutcomesNotOnTheLine: false,
  callbackReminderMinutes: 5,
  shiftStart: '09:00',
  shiftEnd: '17:00',
} as PublicSettings;

describe('the settings form', () => {
  it('sends only what changed', () => {
    const draft = { ...draftFromSettings(settings), wrapUpSeconds: '45', repCountry: 'GB' };
    expect(settingsPatch(draft, settings)).toEqual({
      ok: true,
      patch: { wrapUpSeconds: 45, repCountry: 'GB' },
    });
    expect(settingsPatch(draftFromSettings(settings), settings)).toEqual({ ok: true, patch: {} });
    const keep = { ...draftFromSettings(settings), keepOutcomesNotOnTheLine: true };
    expect(settingsPatch(keep, settings)).toEqual({
      ok: true,
      patch: { keepOutcomesNotOnTheLine: true },
    });
  });

  it('says what is wrong, on its field', () => {
    const check = settingsPatch(
      {
        ...draftFromSettings(settings),
        repName: '',
        repId: 'a b',
        wrapUpSeconds: '0',
        callbackReminderMinutes: '61',
      },
      settings,
    );
    expect(check.ok ? [] : [...check.errors.keys()]).toEqual([
      'repName',
      'repId',
      'wrapUpSeconds',
      'callbackReminderMinutes',
    ]);
  });

  it('takes shift hours whose end is after their start', () => {
    const draft = { ...draftFromSettings(settings), shiftStart: '08:30', shiftEnd: '16:30' };
    expect(settingsPatch(draft, settings)).toEqual({
      ok: true,
      patch: { shiftStart: '08:30', shiftEnd: '16:30' },
    });
    const backwards = settingsPatch({ ...draft, shiftEnd: '08:00' }, settings);
    expect(backwards.ok ? null : backwards.errors.get('shiftEnd')).toBe(
      'A start and an end time, the end after the start.',
    );
  });
});
