import { describe, expect, it } from 'vitest';
import {
  IncrementalCsvParser,
  MAX_RECORD_CHARS,
} from '../../../../electron/core/leads/import/csv/incremental-csv-parser';

const dialect = { delimiter: ',', newline: '\n' } as const;
const LONG_LINE =
  'A line of the file is longer than 4 MB: no lead list has rows that long. Check that this is ' +
  'a CSV file with one lead per line.';
const OPEN_QUOTE =
  'A quoted cell is never closed: more than 4 MB of the file reads as one row. Check the file ' +
  'for a stray quote (").';

/** Feeds the header, then `row` cut in 1 MB pieces, as the reader does. */
function feed(row: string): () => void {
  return () => {
    const parser = new IncrementalCsvParser(dialect);
    parser.push('name,phone\n');
    for (let at = 0; at < row.length; at += 1024 * 1024) {
      parser.push(row.slice(at, at + 1024 * 1024));
    }
  };
}

describe('a record over 4 MB', () => {
  const filler = 'a'.repeat(MAX_RECORD_CHARS + 1);

  it('without a quote is a line that never ends, not a quote left open', () => {
    expect(feed(filler)).toThrow(LONG_LINE);
    expect(feed(`"Acme, Inc",${filler}`)).toThrow(LONG_LINE);
    expect(feed(`Al "Bo" Cy,${filler}`)).toThrow(LONG_LINE);
  });

  it('inside a quoted cell that never closes is blamed on the quote', () => {
    expect(feed(`Ana,"${filler}`)).toThrow(OPEN_QUOTE);
    expect(feed(`"She said ""hi""\n${filler}`)).toThrow(OPEN_QUOTE);
  });
});
