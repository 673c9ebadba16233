import fs from 'node:fs';
import path from 'node:path';
import { StoreDamagedError } from '../errors';
import { decodeLine, type JournalRecord } from './record-codec';
import { listSegments } from './segments';

/** The cut-off last line of the journal: the trace of a write interrupted by a crash. */
export interface TornTail {
  segmentFile: string;
  byteOffset: number;
  byteLength: number;
  /** The record number the line began with, when that much of it was written. */
  seq: number | null;
}

export interface JournalReadResult {
  records: JournalRecord[];
  lastSeq: number;
  tornTail: TornTail | null;
}

/**
 * Reads every record after `afterSeq`; changes nothing. A damaged line at the very end of the last
 * segment is reported as a torn tail. Damage anywhere else, or a gap in the sequence, means the
 * journal cannot be trusted: the store refuses to open.
 */
export function readJournal(journalDir: string, afterSeq: number): JournalReadResult {
  const segments = listSegments(journalDir);
  const records: JournalRecord[] = [];
  let expectedSeq: number | null = null;
  let tornTail: TornTail | null = null;

  segments.forEach((segment, segmentIndex) => {
    const isLastSegment = segmentIndex === segments.length - 1;
    const bytes = fs.readFileSync(segment.file);
    const content = bytes.toString('utf8');
    let offset = 0;
    while (offset < content.length) {
      const newline = content.indexOf('\n', offset);
      const line = newline === -1 ? content.slice(offset) : content.slice(offset, newline);
      const decoded = newline === -1 ? null : decodeLine(line);
      if (!decoded || !decoded.ok) {
        if (!(isLastSegment && isTornTail(content, newline))) {
          throw new StoreDamagedError(
            `The journal file ${segment.file} is damaged at byte ${offset} ` +
              `(${decoded ? decoded.reason : 'incomplete line'}) and is followed by more records. ` +
              `Dialdeck has not changed it. ${RECOVER_HINT}`,
            segment.file,
          );
        }
        const byteOffset = Buffer.byteLength(content.slice(0, offset), 'utf8');
        tornTail = {
          segmentFile: segment.file,
          byteOffset,
          byteLength: bytes.length - byteOffset,
          seq: seqOfPartialLine(line),
        };
        break;
      }
      const { record } = decoded;
      if (expectedSeq !== null && record.seq !== expectedSeq) {
        throw new StoreDamagedError(
          `The journal file ${segment.file} jumps from record ${expectedSeq - 1} to ${record.seq}. ` +
            `Dialdeck has not changed it. ${RECOVER_HINT}`,
          segment.file,
        );
      }
      expectedSeq = record.seq + 1;
      if (record.seq > afterSeq) records.push(record);
      offset = newline + 1;
    }
  });

  const firstRecord = records[0];
  if (firstRecord && firstRecord.seq !== afterSeq + 1) {
    throw new StoreDamagedError(
      `The journal starts at record ${firstRecord.seq} but the database snapshot ends at ` +
        `${afterSeq}: records in between are missing. Dialdeck has not changed any file. ` +
        RECOVER_HINT,
      journalDir,
    );
  }
  const lastSeq = expectedSeq === null ? afterSeq : Math.max(afterSeq, expectedSeq - 1);
  return { records, lastSeq, tornTail };
}

export const RECOVER_HINT =
  'To keep every record that can still be proven in order and set the rest aside (nothing is ' +
  'deleted), run `npm run cli -- recover --data-dir <this folder>`.';

/** Only the final line may be damaged, and only if no newline (no later record) follows it. */
function isTornTail(content: string, newlineAfterBadLine: number): boolean {
  return newlineAfterBadLine === -1 || newlineAfterBadLine === content.length - 1;
}

/** A line is `<crc> [seq,…`: the number survives when the cut came after it. */
export function seqOfPartialLine(line: string): number | null {
  const match = /^[0-9a-f]{8} \[(\d+),/.exec(line);
  return match ? Number(match[1]) : null;
}

/** Moves the torn bytes to `journal/torn/` and cuts the segment where they began. */
export function keepTornTail(tail: TornTail, now: number): string {
  const tornDir = path.join(path.dirname(tail.segmentFile), 'torn');
  fs.mkdirSync(tornDir, { recursive: true });
  const keptAs = path.join(tornDir, `${path.basename(tail.segmentFile)}.${now}.torn`);
  const bytes = fs.readFileSync(tail.segmentFile);
  fs.writeFileSync(keptAs, bytes.subarray(tail.byteOffset));
  fs.truncateSync(tail.segmentFile, tail.byteOffset);
  return keptAs;
}
