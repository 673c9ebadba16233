import { normalizeFieldName } from './field-name';
import type { MergeFieldValues } from './merge-fields';
import type { MergeFieldRun } from './script-ast';

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FORBIDDEN_IN_NAME = /[{}\n]/;

/**
 * Reads `{{name}}` or `{{name|fallback}}` starting at `from` (which must be at `{{`).
 * Returns null when it is not a merge field, so the braces stay as literal text.
 */
export function readMergeField(
  source: string,
  from: number,
  fields: MergeFieldValues,
): { run: MergeFieldRun; end: number } | null {
  const close = source.indexOf('}}', from + 2);
  if (close === -1) return null;
  const inside = source.slice(from + 2, close);
  const bar = inside.indexOf('|');
  const name = (bar === -1 ? inside : inside.slice(0, bar)).trim();
  if (!HAS_LETTER_OR_DIGIT.test(name) || FORBIDDEN_IN_NAME.test(inside)) return null;

  const fallback = bar === -1 ? null : inside.slice(bar + 1).trim() || null;
  const leadValue = fields.get(normalizeFieldName(name))?.trim() || null;
  return {
    run: { type: 'merge-field', name, fallback, value: leadValue ?? fallback },
    end: close + 2,
  };
}
