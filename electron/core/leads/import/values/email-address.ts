export type NormalizedEmail =
  { status: 'ok'; email: string } | { status: 'blank' } | { status: 'invalid'; reason: string };

const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Trimmed and lower-cased; of several addresses in one cell, the first. */
export function normalizeEmail(raw: string): NormalizedEmail {
  const first = raw.split(/[;,\s]+/).find((part) => part !== '') ?? '';
  const email = first
    .replace(/^mailto:/i, '')
    .replace(/^<|>$/g, '')
    .toLowerCase();
  if (email === '') return { status: 'blank' };
  if (!SHAPE.test(email)) return { status: 'invalid', reason: 'not an email address' };
  return { status: 'ok', email };
}
