import type { DialMode } from '../../../shared/domain/session';
import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';
import { workShiftOf } from '../../../shared/kpi';

/** The rep's own settings as edited; numbers stay text until checked. */
export interface SettingsDraft {
  repName: string;
  repId: string;
  repTimeZone: string;
  repCountry: string;
  dialMode: DialMode;
  keepOutcomesNotOnTheLine: boolean;
  wrapUpSeconds: string;
  callbackReminderMinutes: string;
  shiftStart: string;
  shiftEnd: string;
}

export function draftFromSettings(settings: PublicSettings): SettingsDraft {
  return {
    repName: settings.repName,
    repId: settings.repId,
    repTimeZone: settings.repTimeZone,
    repCountry: settings.repCountry,
    dialMode: settings.dialMode,
    keepOutcomesNotOnTheLine: settings.keepOutcomesNotOnTheLine,
    wrapUpSeconds: String(settings.wrapUpSeconds),
    callbackReminderMinutes: String(settings.callbackReminderMinutes),
    shiftStart: settings.shiftStart,
    shiftEnd: settings.shiftEnd,
  };
}

export type SettingsCheck =
  | { ok: true; patch: SettingsPatch }
  | { ok: false; errors: ReadonlyMap<keyof SettingsDraft, string> };

const REP_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** Only what changed, checked as the core will check it, each problem on its field. */
export function settingsPatch(draft: SettingsDraft, settings: PublicSettings): SettingsCheck {
  const errors = new Map<keyof SettingsDraft, string>();
  const name = draft.repName.trim();
  if (name === '' || name.length > 80) errors.set('repName', 'Your name, up to 80 characters.');
  if (!REP_ID.test(draft.repId))
    errors.set('repId', 'Letters, digits, dot, dash or underscore; up to 64.');
  const wrapUp = wholeIn(draft.wrapUpSeconds, 1, 600);
  if (wrapUp === null) errors.set('wrapUpSeconds', 'Whole seconds from 1 to 600.');
  const reminder = wholeIn(draft.callbackReminderMinutes, 0, 60);
  if (reminder === null) errors.set('callbackReminderMinutes', 'Whole minutes from 0 to 60.');
  if (workShiftOf(draft.shiftStart, draft.shiftEnd) === null) {
    errors.set('shiftEnd', 'A start and an end time, the end after the start.');
  }
  if (errors.size > 0 || wrapUp === null || reminder === null) return { ok: false, errors };

  const next: SettingsPatch = {
    repName: name,
    repId: draft.repId,
    repTimeZone: draft.repTimeZone,
    repCountry: draft.repCountry,
    dialMode: draft.dialMode,
    keepOutcomesNotOnTheLine: draft.keepOutcomesNotOnTheLine,
    wrapUpSeconds: wrapUp,
    callbackReminderMinutes: reminder,
    shiftStart: draft.shiftStart,
    shiftEnd: draft.shiftEnd,
  };
  const patch: SettingsPatch = {};
  for (const key of Object.keys(next) as Array<keyof typeof next>) {
    if (next[key] !== settings[key]) Object.assign(patch, { [key]: next[key] });
  }
  return { ok: true, patch };
}

function wholeIn(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}
