import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_DELIMITERS } from '../../../../electron/core/leads/import/csv/csv-dialect';
import { readCsvRecords } from '../../../../electron/core/leads/import/csv/read-csv-records';
import type { SourceEncoding } from '../../../../electron/core/leads/import/decoding/source-encoding';
import {
  encodingFromEvidence,
  Utf8EvidenceCounter,
  utf8SequenceLength,
} from '../../../../electron/core/leads/import/decoding/utf8-evidence';
import { chunked, collect, encodeText } from './byte-streams';

async function records(source: Parameters<typeof readCsvRecords>[0], options = {}) {
  const batches = await collect(readCsvRecords(source, options));
  return { rows: batches.flatMap((batch) => batch.records), batches };
}

const NEWLINES = ['\n', '\r\n', '\r'] as const;

/** RFC 4180 writing: a cell is quoted when it must be (or always, to vary the input). */
function toCsv(
  table: string[][],
  delimiter: string,
  newline: string,
  quoteAll: boolean,
  quoteWhen: readonly string[] = [delimiter],
): string {
  const cell = (value: string) =>
    quoteAll || /["\r\n]/.test(value) || quoteWhen.some((d) => value.includes(d))
      ? `"${value.replaceAll('"', '""')}"`
      : value;
  return table.map((row) => row.map(cell).join(delimiter)).join(newline);
}

describe('streaming CSV records', () => {
  it('handles quoted line breaks, doubled quotes, ragged rows and blank lines', async () => {
    const text =
      'Name,Notes,Phone\r\n"Doe, Jane","said ""call me""\r\nafter 5",415-555-0123\r\n\r\nShort\r\nLong,a,b,c,d\r\n';
    const { rows } = await records(chunked(encodeText(text, 'utf-8'), [3]));
    expect(rows).toEqual([
      ['Name', 'Notes', 'Phone'],
      ['Doe, Jane', 'said "call me"\r\nafter 5', '415-555-0123'],
      [''],
      ['Short'],
      ['Long', 'a', 'b', 'c', 'd'],
    ]);
  });

  it('reads a file from disk with its size, progress and dialect', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialdeck-csv-'));
    const path = join(dir, 'leads.csv');
    const body = 'first;last\n' + Array.from({ length: 5000 }, (_, i) => `A${i};B${i}`).join('\n');
    writeFileSync(path, encodeText(body, 'utf-8', true));
    const { rows, batches } = await records(path, { chunkBytes: 4096 });
    const last = batches.at(-1)!;
    expect(rows).toHaveLength(5001);
    expect(rows[5000]).toEqual(['A4999', 'B4999']);
    expect(last.totalBytes).toBe(body.length + 3);
    expect(last.bytesRead).toBe(body.length + 3);
    expect(last.done).toBe(true);
    expect(last.dialect).toEqual({ delimiter: ';', newline: '\n' });
    expect(last.encoding).toEqual({ encoding: 'utf-8', bom: true });
    expect(batches.length).toBeGreaterThan(10);
  });

  it('says so when the file does not exist', async () => {
    await expect(records('/nonexistent/leads.csv')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('gives the event loop a turn between chunks', async () => {
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    const bytes = encodeText('a,b\n'.repeat(1000), 'utf-8');
    const seenBeforeSecondBatch: boolean[] = [];
    for await (const batch of readCsvRecords(chunked(bytes, [100]))) {
      seenBeforeSecondBatch.push(otherWorkRan);
      if (batch.firstRecordIndex > 0) break;
    }
    expect(seenBeforeSecondBatch[0]).toBe(false);
    expect(seenBeforeSecondBatch.at(-1)).toBe(true);
  });

  it('stops when the signal aborts, with the signal’s reason', async () => {
    const controller = new AbortController();
    const bytes = encodeText('a,b\n'.repeat(1000), 'utf-8');
    let batchesSeen = 0;
    const reading = (async () => {
      const batches = readCsvRecords(chunked(bytes, [64]), { signal: controller.signal });
      for await (const batch of batches) {
        batchesSeen += batch.done ? 0 : 1;
        if (batchesSeen === 3) controller.abort(new Error('user cancelled'));
      }
    })();
    await expect(reading).rejects.toThrow('user cancelled');
    expect(batchesSeen).toBe(3);
  });

  it('reports a file that ends inside a quoted cell', async () => {
    const { rows, batches } = await records(chunked(encodeText('a,b\n1,"open\n2,3\n', 'utf-8')));
    expect(batches.at(-1)!.endedInsideQuotes).toBe(true);
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', 'open\n2,3\n'],
    ]);
  });
});

const anyChar = fc.constantFrom(
  'a',
  'Z',
  '0',
  ' ',
  ',',
  ';',
  '\t',
  '|',
  '"',
  '\n',
  '\r',
  'é',
  'ß',
  'Ω',
  '東',
  '😀',
  '€',
  "'",
  '=',
  '-',
);
const cp1252Char = fc.constantFrom(
  'a',
  'Z',
  '0',
  ' ',
  ',',
  ';',
  '\t',
  '|',
  '"',
  '\n',
  '\r',
  'é',
  'ß',
  'Ç',
  'ñ',
  '€',
  '“',
  '—',
  '=',
);
const cell = (char: fc.Arbitrary<string>) =>
  fc.array(char, { maxLength: 8 }).map((chars) => chars.join(''));
const table = (char: fc.Arbitrary<string>, minColumns = 1) =>
  fc
    .tuple(fc.integer({ min: minColumns, max: 5 }), fc.integer({ min: 1, max: 8 }))
    .chain(([columns, rowCount]) =>
      fc.array(fc.array(cell(char), { minLength: columns, maxLength: columns }), {
        minLength: rowCount,
        maxLength: rowCount,
      }),
    )
    // A last row of one empty cell is indistinguishable from a trailing line break.
    .filter((rows) => rows.at(-1)!.some((value) => value !== ''));
const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 });

describe('CSV round trip (property)', () => {
  it('returns exactly the cells that were written, for every delimiter, line ending and encoding', async () => {
    const encodings: [SourceEncoding, boolean][] = [
      ['utf-8', false],
      ['utf-8', true],
      ['utf-16le', true],
      ['utf-16be', true],
    ];
    await fc.assert(
      fc.asyncProperty(
        table(anyChar),
        fc.constantFrom(...CSV_DELIMITERS),
        fc.constantFrom(...NEWLINES),
        fc.constantFrom(...encodings),
        fc.boolean(),
        fc.boolean(),
        chunkSizes,
        async (rows, delimiter, newline, [encoding, bom], quoteAll, trailingNewline, sizes) => {
          const text = toCsv(rows, delimiter, newline, quoteAll) + (trailingNewline ? newline : '');
          const bytes = encodeText(text, encoding, bom);
          const read = await records(chunked(bytes, sizes), { delimiter, sampleChars: 16 });
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detects Windows-1252 in a stream and still returns the same cells', async () => {
    await fc.assert(
      fc.asyncProperty(
        table(cp1252Char),
        fc.constantFrom(...CSV_DELIMITERS),
        fc.constantFrom(...NEWLINES),
        chunkSizes,
        async (rows, delimiter, newline, sizes) => {
          const bytes = encodeText(toCsv(rows, delimiter, newline, false), 'windows-1252');
          // A stream is judged at its first broken byte: only ASCII may come before it.
          fc.pre(!startsWithValidMultiByte(bytes));
          const read = await records(chunked(bytes, sizes), { delimiter });
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detects Windows-1252 in a file on disk by whole-file evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialdeck-cp1252-'));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        table(cp1252Char),
        fc.constantFrom(...CSV_DELIMITERS),
        async (rows, delimiter) => {
          const bytes = encodeText(toCsv(rows, delimiter, '\r\n', false), 'windows-1252');
          const counter = new Utf8EvidenceCounter();
          counter.add(bytes);
          const evidence = counter.end();
          fc.pre(
            evidence.multiByteCharacters === 0 || encodingFromEvidence(evidence) === 'windows-1252',
          );
          const path = join(dir, `t${run++}.csv`);
          writeFileSync(path, bytes);
          const read = await records(path, { delimiter });
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the delimiter and line ending by itself when cells holding any candidate are quoted', async () => {
    await fc.assert(
      fc.asyncProperty(
        table(anyChar, 2).filter((rows) => rows.length >= 2),
        fc.constantFrom(...CSV_DELIMITERS),
        fc.constantFrom(...NEWLINES),
        chunkSizes,
        async (rows, delimiter, newline, sizes) => {
          const text = toCsv(rows, delimiter, newline, false, CSV_DELIMITERS) + newline;
          const read = await records(chunked(encodeText(text, 'utf-8'), sizes));
          expect(read.batches.at(-1)!.dialect).toEqual({ delimiter, newline });
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** True when the first non-ASCII bytes form a well-formed UTF-8 character. */
function startsWithValidMultiByte(bytes: Uint8Array): boolean {
  const i = bytes.findIndex((b) => b >= 0x80);
  if (i === -1) return false;
  const length = utf8SequenceLength(bytes[i]!);
  if (length === 0 || i + length > bytes.length) return false;
  return bytes.subarray(i + 1, i + length).every((b) => (b & 0xc0) === 0x80);
}
