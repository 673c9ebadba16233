import type { LocalPresenceSettings } from '../../../shared/domain/local-presence';
import { localPresenceProblems } from '../../../shared/domain/local-presence-problems';
import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';
import type { DraftCheck } from '../settings/use-settings-draft';
import { compactNumber } from '../telephony/twilio-draft';

/** One pool number as typed; empty label means none. */
export interface PoolRowDraft {
  number: string;
  label: string;
}

export interface PresenceDraft {
  rows: PoolRowDraft[];
  countries: string[];
  /** The row presented when no number is closer to the lead; null: the line's own. */
  defaultRow: number | null;
}

export function presenceDraftFrom(settings: PublicSettings): PresenceDraft {
  const { numbers, countries, defaultNumber } = settings.localPresence;
  const defaultRow = numbers.findIndex(({ number }) => number === defaultNumber);
  return {
    rows: numbers.map(({ number, label }) => ({ number, label: label ?? '' })),
    countries: [...countries],
    defaultRow: defaultRow === -1 ? null : defaultRow,
  };
}

/** The pool the draft stands for: numbers as printed are compacted, blank rows left out. */
export function presenceFromDraft(draft: PresenceDraft): {
  settings: LocalPresenceSettings;
  /** The draft row of each of the settings' numbers. */
  rowOf: number[];
} {
  const rowOf: number[] = [];
  const numbers: LocalPresenceSettings['numbers'] = [];
  draft.rows.forEach((row, index) => {
    const number = compactNumber(row.number.trim());
    const label = row.label.trim();
    if (number === '' && label === '') return;
    rowOf.push(index);
    numbers.push({ number, label: label === '' ? null : label });
  });
  const defaultRow = draft.defaultRow;
  const defaultNumber =
    defaultRow === null ? null : (numbers[rowOf.indexOf(defaultRow)]?.number ?? null);
  return { settings: { numbers, countries: draft.countries, defaultNumber }, rowOf };
}

/** Each row's problem, by the draft's row index, in the words the core would use. */
export function rowProblems(draft: PresenceDraft): ReadonlyMap<number, string> {
  const { settings, rowOf } = presenceFromDraft(draft);
  const problems = new Map<number, string>();
  for (const { place, message } of localPresenceProblems(settings)) {
    if (place.field !== 'number') continue;
    const row = rowOf[place.index];
    if (row !== undefined && !problems.has(row)) problems.set(row, message);
  }
  return problems;
}

/** The patch when the pool is usable, else each problem on its part of the form. */
export function presencePatch(
  draft: PresenceDraft,
  settings: PublicSettings,
): DraftCheck<PresenceDraft> {
  const { settings: next } = presenceFromDraft(draft);
  const problems = localPresenceProblems(next);
  if (problems.length > 0) {
    const errors = new Map<keyof PresenceDraft, string>();
    const messages = (field: string) =>
      problems.filter(({ place }) => place.field === field).map(({ message }) => message);
    if (messages('number').length > 0)
      errors.set('rows', 'Fix the numbers marked above, then save.');
    const countries = messages('countries');
    if (countries.length > 0) errors.set('countries', countries.join(' '));
    const chosen = messages('defaultNumber');
    if (chosen.length > 0) errors.set('defaultRow', chosen.join(' '));
    return { ok: false, errors };
  }
  const unchanged = JSON.stringify(next) === JSON.stringify(settings.localPresence);
  const patch: SettingsPatch = unchanged ? {} : { localPresence: next };
  return { ok: true, patch };
}
