import Papa from 'papaparse';
import { DomainError } from '../../../../../shared/result';
import type { CsvDialect } from './csv-dialect';

/** One record (what a spreadsheet shows as one row, even when a quoted cell holds line breaks). */
export type CsvRecord = string[];

/** A single record larger than this is a broken quote swallowing the file, not a lead. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Feeds text to papaparse's low-level parser piece by piece. Only the unfinished last record is
 * carried between pieces, so the whole file is never one string.
 */
export class IncrementalCsvParser {
  private readonly parser: Papa.Parser;
  private carry = '';
  private unterminatedQuote = false;
  private readonly delimiter: string;

  constructor(dialect: CsvDialect) {
    this.parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });
    this.delimiter = dialect.delimiter;
  }

  /** Records completed by this piece of text. */
  push(text: string): CsvRecord[] {
    const input = this.carry + text;
    const result = this.parser.parse(input, 0, true) as ParserResult;
    this.carry = input.slice(result.meta.cursor);
    if (this.carry.length > MAX_RECORD_CHARS) throw this.oversizedRecord();
    return result.data;
  }

  /** The last record, when the file does not end with a line break. */
  end(): CsvRecord[] {
    const input = this.carry;
    this.carry = '';
    if (input === '') return [];
    const result = this.parser.parse(input, 0, false) as ParserResult;
    this.unterminatedQuote = result.errors.some((error) => error.code === 'MissingQuotes');
    return result.data;
  }

  // The unfinished record is over the limit: an open quote swallowing the file, or a line that
  // never ends (no quote to blame then).
  private oversizedRecord(): DomainError {
    return new DomainError(
      'invalid-argument',
      endsInsideQuotes(this.carry, this.delimiter)
        ? 'A quoted cell is never closed: more than 4 MB of the file reads as one row. Check the file for a stray quote (").'
        : 'A line of the file is longer than 4 MB: no lead list has rows that long. Check that ' +
            'this is a CSV file with one lead per line.',
    );
  }

  /** True when the file ended inside a quoted cell (its last record took in the rest of the file). */
  get endedInsideQuotes(): boolean {
    return this.unterminatedQuote;
  }
}

interface ParserResult {
  data: CsvRecord[];
  errors: { code: string }[];
  meta: { cursor: number };
}

/** Whether the start of a record ends inside a quoted cell (a quote opens a cell, "" escapes one). */
function endsInsideQuotes(record: string, delimiter: string): boolean {
  let inQuotes = false;
  let cellStart = true;
  for (let i = 0; i < record.length; i++) {
    const char = record[i];
    if (inQuotes) {
      if (char !== '"') continue;
      if (record[i + 1] === '"') i++;
      else inQuotes = false;
    } else if (cellStart && char === '"') {
      inQuotes = true;
      cellStart = false;
    } else {
      cellStart = char === delimiter;
    }
  }
  return inQuotes;
}
