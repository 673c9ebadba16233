import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';

/** The team-hub settings as the form holds them: text fields as typed. */
export interface TeamHubDraft {
  role: PublicSettings['role'];
  hubUrl: string;
  hubPort: string;
  hubExposeOnLan: boolean;
  hubTlsCertFile: string;
  hubTlsKeyFile: string;
  hubTlsCaFile: string;
}

export function draftFromHubSettings(settings: PublicSettings): TeamHubDraft {
  return {
    role: settings.role,
    hubUrl: settings.hubUrl ?? '',
    hubPort: String(settings.hubPort),
    hubExposeOnLan: settings.hubExposeOnLan,
    hubTlsCertFile: settings.hubTlsCertFile ?? '',
    hubTlsKeyFile: settings.hubTlsKeyFile ?? '',
    hubTlsCaFile: settings.hubTlsCaFile ?? '',
  };
}

export type HubPatchCheck =
  { ok: true; patch: SettingsPatch } | { ok: false; errors: Map<keyof TeamHubDraft, string> };

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Only what changed, as the core takes it; an empty text means "none". */
export function hubSettingsPatch(draft: TeamHubDraft, settings: PublicSettings): HubPatchCheck {
  const errors = new Map<keyof TeamHubDraft, string>();
  const port = Number(draft.hubPort);
  if (!/^\d{1,5}$/.test(draft.hubPort.trim()) || port > 65_535) {
    errors.set('hubPort', 'a port from 0 to 65535 (0 picks a free one)');
  }
  if (errors.size > 0) return { ok: false, errors };
  const wanted: SettingsPatch = {
    role: draft.role,
    hubUrl: orNull(draft.hubUrl),
    hubPort: port,
    hubExposeOnLan: draft.hubExposeOnLan,
    hubTlsCertFile: orNull(draft.hubTlsCertFile),
    hubTlsKeyFile: orNull(draft.hubTlsKeyFile),
    hubTlsCaFile: orNull(draft.hubTlsCaFile),
  };
  const patch = Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) => settings[key as keyof PublicSettings] !== value,
    ),
  ) as SettingsPatch;
  return { ok: true, patch };
}
