import type { DialMode } from '../../../shared/domain/session';
import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';

/** What the first-run setup asks. */
export interface SetupDraft {
  repName: string;
  repTimeZone: string;
  repCountry: string;
  dialMode: DialMode;
}

/**
 * The setup's starting point: the name left empty for the rep to type (the settings hold only a
 * placeholder), the time zone the system reports, the default country and dial mode.
 */
export function setupDraftFrom(settings: PublicSettings): SetupDraft {
  return {
    repName: settings.setupComplete ? settings.repName : '',
    repTimeZone: settings.repTimeZone,
    repCountry: settings.repCountry,
    dialMode: settings.dialMode,
  };
}

export type SetupCheck =
  { ok: true; patch: SettingsPatch } | { ok: false; errors: ReadonlyMap<keyof SetupDraft, string> };

/** The settings the setup saves, or each problem on its field. */
export function setupPatch(draft: SetupDraft): SetupCheck {
  const errors = new Map<keyof SetupDraft, string>();
  const repName = draft.repName.trim();
  if (repName === '') errors.set('repName', 'Your name, as prospects should hear it.');
  else if (repName.length > 80) errors.set('repName', 'Up to 80 characters.');
  if (draft.repTimeZone === '') errors.set('repTimeZone', 'Pick your time zone.');
  if (errors.size > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      repName,
      repTimeZone: draft.repTimeZone,
      repCountry: draft.repCountry,
      dialMode: draft.dialMode,
      setupComplete: true,
    },
  };
}
