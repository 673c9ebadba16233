import type { Disposition, DispositionFlags } from '../../../shared/domain/disposition';

/** A disposition as edited: the retry delay stays text until checked. */
export interface DispositionDraft {
  code: string;
  label: string;
  hotkey: string | null;
  flags: DispositionFlags;
  retryAfterMinutes: string;
}

export const FLAG_LABELS: ReadonlyArray<{
  flag: keyof DispositionFlags;
  label: string;
  hint: string;
}> = [
  { flag: 'contact', label: 'Contact', hint: 'a person was reached' },
  { flag: 'conversion', label: 'Conversion', hint: 'counts as converted' },
  { flag: 'final', label: 'Final', hint: 'the lead leaves the queue' },
  { flag: 'dnc', label: 'DNC', hint: 'the number goes on the do-not-call list' },
  { flag: 'callback', label: 'Callback', hint: 'asks for a callback time' },
  { flag: 'retry', label: 'Retry', hint: 'dialed again after the cadence spacing' },
];

const CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function draftFromDispositions(list: readonly Disposition[]): DispositionDraft[] {
  return list.map((d) => ({
    ...d,
    flags: { ...d.flags },
    retryAfterMinutes: d.retryAfterMinutes === null ? '' : String(d.retryAfterMinutes),
  }));
}

export function blankDisposition(taken: readonly DispositionDraft[]): DispositionDraft {
  const usedKeys = new Set(taken.map((d) => d.hotkey));
  const freeKey = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].find((key) => !usedKeys.has(key));
  return {
    code: '',
    label: '',
    hotkey: freeKey ?? null,
    flags: {
      contact: false,
      conversion: false,
      final: false,
      dnc: false,
      callback: false,
      retry: false,
    },
    retryAfterMinutes: '',
  };
}

export type DispositionCheck =
  | { ok: true; dispositions: Disposition[] }
  /** Problems by row (index) and for the whole list (-1). */
  | { ok: false; problems: ReadonlyMap<number, string[]> };

/**
 * The rules the core applies to the list, checked as the user edits, in words: codes in lowercase
 * with dashes and unique, a label, keys 1–9 used once, the "no-answer" outcome kept.
 */
export function checkDispositions(drafts: readonly DispositionDraft[]): DispositionCheck {
  const problems = new Map<number, string[]>();
  const add = (row: number, text: string) =>
    problems.set(row, [...(problems.get(row) ?? []), text]);
  const codes = new Map<string, number>();
  const keys = new Map<string, number>();
  drafts.forEach((draft, row) => {
    const code = draft.code.trim();
    if (!CODE_PATTERN.test(code))
      add(row, 'Code: lowercase letters, digits and dashes (up to 40).');
    else if (codes.has(code))
      add(row, `Code “${code}” is already used in row ${(codes.get(code) ?? 0) + 1}.`);
    else codes.set(code, row);
    if (draft.label.trim() === '') add(row, 'Give it a label the rep will read.');
    if (draft.hotkey !== null) {
      if (keys.has(draft.hotkey))
        add(
          row,
          `Key ${draft.hotkey} is already used in row ${(keys.get(draft.hotkey) ?? 0) + 1}.`,
        );
      else keys.set(draft.hotkey, row);
    }
    const retry = draft.retryAfterMinutes.trim();
    if (retry !== '' && !(Number.isInteger(Number(retry)) && Number(retry) >= 1))
      add(row, 'Retry after: whole minutes, 1 or more, or empty for the cadence.');
  });
  if (drafts.length === 0) add(-1, 'Keep at least one outcome.');
  if (!codes.has('no-answer'))
    add(-1, 'Keep the “no-answer” outcome: the dialer records it for calls nobody answers.');
  if (problems.size > 0) return { ok: false, problems };
  return {
    ok: true,
    dispositions: drafts.map((draft) => ({
      code: draft.code.trim(),
      label: draft.label.trim(),
      hotkey: draft.hotkey,
      flags: { ...draft.flags },
      retryAfterMinutes:
        draft.retryAfterMinutes.trim() === '' ? null : Number(draft.retryAfterMinutes),
    })),
  };
}

/** The list with row `from` moved to `to`. */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row as T);
  return next;
}
