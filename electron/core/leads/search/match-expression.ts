import { DomainError } from '../../../../shared/result';

/** Only the first terms count: each one narrows, and each one costs a scan of the index. */
const MAX_TERMS = 8;
const MIN_PHONE_DIGITS = 3;
const PHONE_TEXT = /^[+\d\s().\-/]+$/;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The FTS4 MATCH expression for what the rep typed, built only from letters and digits (lower
 * case, so no word is read as an operator such as NEAR or OR): no quote, star, minus or
 * parenthesis the rep types reaches the FTS query parser. null: no text, every lead.
 */
export function matchExpression(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const digits = trimmed.replace(/\D/g, '');
  if (PHONE_TEXT.test(trimmed) && digits.length >= MIN_PHONE_DIGITS) {
    return phoneExpression(digits, trimmed.startsWith('+'));
  }
  const words = wordsOf(trimmed);
  if (words.length === 0) {
    throw new DomainError(
      'invalid-argument',
      'Search by letters or digits: a name, company, email, phone number or id.',
    );
  }
  const allWords = words.map((word) => `${word}*`).join(' ');
  if (/\s/.test(trimmed)) return allWords;
  // One run of text may be an email's start ("grace.kim@k") or its domain ("kim.com").
  const compact = words.join('');
  const email = `email:e${compact}* OR email:d${compact}*`;
  return trimmed.includes('@') ? email : `(${allWords}) OR ${email}`;
}

/**
 * The words of a filter value (the source), each in that column. Not a quoted phrase: sql.js's
 * FTS4 (enhanced query syntax) reads column:"a b" as no match, and in parentheses as a match in
 * any column.
 */
export function columnWordsExpression(column: string, text: string): string | null {
  const words = wordsOf(text);
  return words.length === 0 ? null : words.map((word) => `${column}:${word}`).join(' ');
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).slice(0, MAX_TERMS);
}

/**
 * "+1303…" is the start of a number; anything else its end: the last four digits, the local
 * number, the national number (with its trunk 0 dropped: 020 7946 0018 is +44 20 7946 0018), or
 * the whole number without its +. Digits may also be an external id.
 */
function phoneExpression(digits: string, international: boolean): string {
  if (international) return `phone:${digits}*`;
  const ends = new Set([digits]);
  const national = digits.replace(/^0+/, '');
  if (digits.length >= 8 && national.length >= MIN_PHONE_DIGITS) ends.add(national);
  const reversed = [...ends].map((end) => `phone:r${[...end].reverse().join('')}*`);
  return [...reversed, `other:${digits}*`].join(' OR ');
}
