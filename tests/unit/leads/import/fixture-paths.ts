import { fileURLToPath } from 'node:url';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url));
}

/** A fixed import time, after every created date in the fixtures. */
export const IMPORTED_AT = Date.parse('2026-05-01T12:00:00Z');
