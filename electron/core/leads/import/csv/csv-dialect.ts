import Papa from 'papaparse';
import type { CsvDelimiter, CsvDialect, CsvNewline } from '../../../../../shared/domain/import';

export type { CsvDelimiter, CsvDialect, CsvNewline } from '../../../../../shared/domain/import';

/** In order of preference when two candidates explain the sample equally well. */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

const SNIFF_ROWS = 50;

/**
 * Picks the line ending and delimiter that best explain a sample of the file, looking only outside
 * quoted fields (a quoted address may hold any of the candidates and any line ending).
 * `isWholeFile` says the sample ends the file, so its last row is complete.
 */
export function sniffCsvDialect(sample: string, isWholeFile: boolean): CsvDialect {
  const newline = sniffNewline(sample, isWholeFile) ?? '\n';
  return { newline, delimiter: sniffDelimiter(sample, newline, isWholeFile) };
}

/** The line ending used between records, or null while the sample holds none. */
export function sniffNewline(sample: string, isWholeFile = false): CsvNewline | null {
  const counts = { '\r\n': 0, '\n': 0, '\r': 0 };
  let inQuotes = false;
  let seen = 0;
  for (let i = 0; i < sample.length && seen < SNIFF_ROWS; i++) {
    const char = sample[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === '\n') {
      counts['\n']++;
      seen++;
    } else if (char === '\r') {
      // A CR ending a partial sample may be the first half of a CRLF.
      if (i === sample.length - 1 && !isWholeFile) break;
      if (sample[i + 1] === '\n') {
        counts['\r\n']++;
        i++;
      } else counts['\r']++;
      seen++;
    }
  }
  if (counts['\r\n'] >= counts['\n'] && counts['\r\n'] >= counts['\r'] && counts['\r\n'] > 0) {
    return '\r\n';
  }
  if (seen === 0) return null;
  return counts['\r'] > counts['\n'] ? '\r' : '\n';
}

// A wrong delimiter leaves quotes in mid-field, so the best delimiter is the one with the fewest
// misplaced quotes, then the one splitting the most rows into the same number
// of fields (at least two), then the one giving more fields, then the preference order.
function sniffDelimiter(sample: string, newline: CsvNewline, isWholeFile: boolean): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: [number, number, number] } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const parser = new Papa.Parser({ delimiter, newline, preview: SNIFF_ROWS });
    const result = parser.parse(sample, 0, !isWholeFile) as {
      data: string[][];
      errors: unknown[];
    };
    const rows = result.data.filter((row) => row.length > 1 || (row[0] ?? '') !== '');
    const { fields, count } = modalFieldCount(rows);
    if (fields < 2) continue;
    const quoteTrouble = result.errors.length + strayQuotes(sample, delimiter);
    const score: [number, number, number] = [-quoteTrouble, count, fields];
    if (!best || isBetter(score, best.score)) best = { delimiter, score };
  }
  return best?.delimiter ?? ',';
}

/** Quotes that open mid-field or do not close a field, were `delimiter` the delimiter. */
function strayQuotes(sample: string, delimiter: string): number {
  let stray = 0;
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < sample.length; i++) {
    const char = sample[i];
    if (inQuotes) {
      if (char !== '"') continue;
      if (sample[i + 1] === '"') {
        i++;
        continue;
      }
      inQuotes = false;
      const next = sample[i + 1];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') stray++;
      atFieldStart = false;
    } else if (char === '"') {
      if (atFieldStart) inQuotes = true;
      else stray++;
      atFieldStart = false;
    } else {
      atFieldStart = char === delimiter || char === '\r' || char === '\n';
    }
  }
  return stray;
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! > b[i]!;
  }
  return false;
}

function modalFieldCount(rows: string[][]): { fields: number; count: number } {
  const tally = new Map<number, number>();
  for (const row of rows) tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
  let fields = 0;
  let count = 0;
  for (const [length, n] of tally) {
    if (n > count || (n === count && length > fields)) {
      fields = length;
      count = n;
    }
  }
  return { fields, count };
}
