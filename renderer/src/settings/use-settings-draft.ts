import { useState } from 'react';
import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { useAction, type Action } from '../bridge/use-action';

/** A form's draft checked against the settings: only what changed, or each problem on its field. */
export type DraftCheck<Draft> =
  { ok: true; patch: SettingsPatch } | { ok: false; errors: ReadonlyMap<keyof Draft, string> };

export interface SettingsDraftForm<Draft> {
  draft: Draft;
  change: (patch: Partial<Draft>) => void;
  /** The problems to show: none until the first save, then each field's own. */
  errors: ReadonlyMap<keyof Draft, string>;
  /** Something differs from the settings (or cannot be saved as it is). */
  dirty: boolean;
  /** The last save went through and nothing changed since. */
  saved: boolean;
  /** What the last save changed, to say when it applies. */
  savedKeys: ReadonlyArray<keyof SettingsPatch>;
  save: () => Promise<void>;
  /** Back to what the settings say, problems hidden. */
  discard: () => void;
  action: Action;
}

/**
 * The state every settings form shares: a draft read from the settings, the patch it makes,
 * and a save that sends only what changed and starts again from what the core kept.
 */
export function useSettingsDraft<Draft>(
  settings: PublicSettings,
  fromSettings: (settings: PublicSettings) => Draft,
  toPatch: (draft: Draft, settings: PublicSettings) => DraftCheck<Draft>,
): SettingsDraftForm<Draft> {
  const [draft, setDraft] = useState(() => fromSettings(settings));
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const [savedKeys, setSavedKeys] = useState<ReadonlyArray<keyof SettingsPatch>>([]);
  const action = useAction();
  const check = toPatch(draft, settings);
  const dirty = !check.ok || Object.keys(check.patch).length > 0;
  return {
    draft,
    change: (patch) => {
      setSaved(false);
      setDraft({ ...draft, ...patch });
    },
    errors: showErrors && !check.ok ? check.errors : new Map<keyof Draft, string>(),
    dirty,
    saved,
    savedKeys,
    save: async () => {
      setShowErrors(true);
      if (!check.ok || !dirty) return;
      const updated = await action.run(() => getBridge().settings.update(check.patch));
      if (updated === null) return;
      setSavedKeys(Object.keys(check.patch) as Array<keyof SettingsPatch>);
      setDraft(fromSettings(updated));
      setShowErrors(false);
      setSaved(true);
    },
    discard: () => {
      setDraft(fromSettings(settings));
      setShowErrors(false);
    },
    action,
  };
}
