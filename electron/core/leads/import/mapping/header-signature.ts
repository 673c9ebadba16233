import { createHash } from 'node:crypto';
import { headerMatchKey } from './header-keys';

/**
 * Names an export layout: the same headers in the same order give the same signature whatever
 * their case, spacing or punctuation, so a mapping the user corrected once applies to every later
 * export of that layout. Order counts because a mapping addresses columns by position.
 */
export function headerSignature(headers: readonly string[]): string {
  const normalized = headers.map(headerMatchKey).join('\u001f');
  return `h1-${createHash('sha256').update(normalized).digest('hex').slice(0, 16)}`;
}
