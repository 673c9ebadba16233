import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import { assertTextSample } from '../decoding/binary-text';
import { createByteDecoder } from '../decoding/byte-decoder';
import { detectFileEncoding } from '../decoding/detect-file-encoding';
import type { DetectedEncoding, SourceEncoding } from '../decoding/source-encoding';
import { openByteSource, type LeadFileSource } from '../pipeline/byte-source';
import { sniffCsvDialect, sniffNewline, type CsvDelimiter, type CsvDialect } from './csv-dialect';
import { IncrementalCsvParser, MAX_RECORD_CHARS, type CsvRecord } from './incremental-csv-parser';

export interface CsvReadOptions {
  encoding?: SourceEncoding | 'auto';
  delimiter?: CsvDelimiter;
  signal?: AbortSignal;
  chunkBytes?: number;
  /** How much text to look at before choosing the delimiter and line ending. */
  sampleChars?: number;
}

export interface CsvRecordBatch {
  records: CsvRecord[];
  /** 0-based position of records[0] in the file (the header is record 0). */
  firstRecordIndex: number;
  dialect: CsvDialect;
  /** As detected so far; final in the batch with done = true. */
  encoding: DetectedEncoding;
  bytesRead: number;
  totalBytes: number | null;
  done: boolean;
  /** The file ended inside a quoted cell, so its last record swallowed the rest of the file. */
  endedInsideQuotes: boolean;
}

export const DEFAULT_SAMPLE_CHARS = 64 * 1024;

/**
 * Streams the records of a delimited text file, one batch per chunk read, giving the event loop a
 * turn between chunks and stopping with the signal's reason when it aborts. A file path is first
 * scanned whole for its encoding; a stream is decoded as it comes (see createByteDecoder).
 */
export async function* readCsvRecords(
  source: LeadFileSource,
  options: CsvReadOptions = {},
): AsyncGenerator<CsvRecordBatch> {
  const { signal } = options;
  const sampleChars = options.sampleChars ?? DEFAULT_SAMPLE_CHARS;
  signal?.throwIfAborted();
  const { chunks, totalBytes } = await openByteSource(source, options.chunkBytes);
  const requested = options.encoding ?? 'auto';
  const decoder = createByteDecoder(
    requested === 'auto' && typeof source === 'string'
      ? (await detectFileEncoding(source, signal)).encoding
      : requested,
  );
  let parser: IncrementalCsvParser | null = null;
  let dialect: CsvDialect = { delimiter: options.delimiter ?? ',', newline: '\n' };
  let unsniffedText = '';
  let bytesRead = 0;
  let nextRecordIndex = 0;

  const startParsing = (isWholeFile: boolean): IncrementalCsvParser => {
    assertTextSample(unsniffedText);
    const sniffed = sniffCsvDialect(unsniffedText, isWholeFile);
    dialect = { ...sniffed, delimiter: options.delimiter ?? sniffed.delimiter };
    return new IncrementalCsvParser(dialect);
  };
  const batch = (
    records: CsvRecord[],
    done: boolean,
    endedInsideQuotes = false,
  ): CsvRecordBatch => {
    const firstRecordIndex = nextRecordIndex;
    nextRecordIndex += records.length;
    const encoding = { ...decoder.detected };
    return {
      records,
      firstRecordIndex,
      dialect,
      encoding,
      bytesRead,
      totalBytes,
      done,
      endedInsideQuotes,
    };
  };

  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    bytesRead += chunk.byteLength;
    const text = decoder.write(chunk);
    let records: CsvRecord[] = [];
    if (parser) {
      records = parser.push(text);
    } else {
      unsniffedText += text;
      if (isEnoughToSniff(unsniffedText, sampleChars)) {
        parser = startParsing(false);
        records = parser.push(unsniffedText);
        unsniffedText = '';
      }
    }
    yield batch(records, false);
    await nextTurnOfEventLoop();
    signal?.throwIfAborted();
  }

  const tail = decoder.end();
  let records: CsvRecord[];
  if (parser) {
    records = parser.push(tail);
  } else {
    unsniffedText += tail;
    parser = startParsing(true);
    records = parser.push(unsniffedText);
    unsniffedText = '';
  }
  records.push(...parser.end());
  yield batch(records, true, parser.endedInsideQuotes);
}

// The sample must hold at least one record break, or the line ending would be a guess.
function isEnoughToSniff(text: string, sampleChars: number): boolean {
  if (text.length < sampleChars) return false;
  return sniffNewline(text) !== null || text.length > MAX_RECORD_CHARS;
}
