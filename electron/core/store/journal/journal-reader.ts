import fs from 'node:fs';
import path from 'node:path';
import { StoreDamagedError } from '../errors';
import { decodeLine, type JournalRecord } from './record-codec';
import { listSegments } from './segments';

export interface JournalReadResult {
  records: JournalRecord[];
  lastSeq: number;
  /** Where the bytes of an interrupted last write were kept, if there were any. */
  keptTornTail: string | null;
}

/**
 * Reads every record after `afterSeq`. A damaged line at the very end of the last segment is the
 * trace of a write that was cut off before it was acknowledged: its bytes are kept beside the
 * journal and the segment is truncated. Damage anywhere else, or a gap in the sequence, means the
 * journal cannot be trusted: the store refuses to open and changes nothing.
 */
export function readJournal(journalDir: string, afterSeq: number, now: number): JournalReadResult {
  const segments = listSegments(journalDir);
  const records: JournalRecord[] = [];
  let expectedSeq: number | null = null;
  let keptTornTail: string | null = null;

  segments.forEach((segment, segmentIndex) => {
    const isLastSegment = segmentIndex === segments.length - 1;
    const content = fs.readFileSync(segment.file, 'utf8');
    let offset = 0;
    while (offset < content.length) {
      const newline = content.indexOf('\n', offset);
      const line = newline === -1 ? content.slice(offset) : content.slice(offset, newline);
      const decoded = newline === -1 ? null : decodeLine(line);
      if (!decoded || !decoded.ok) {
        const isTail = isLastSegment && isTornTail(content, newline);
        if (!isTail) {
          throw new StoreDamagedError(
            `The journal file ${segment.file} is damaged at byte ${offset} ` +
              `(${decoded ? decoded.reason : 'incomplete line'}) and is followed by more records. ` +
              'Dialdeck has not changed it.',
            segment.file,
          );
        }
        keptTornTail = keepTornTail(segment.file, offset, now);
        break;
      }
      const { record } = decoded;
      if (expectedSeq !== null && record.seq !== expectedSeq) {
        throw new StoreDamagedError(
          `The journal file ${segment.file} jumps from record ${expectedSeq - 1} to ${record.seq}. ` +
            'Dialdeck has not changed it.',
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
        `${afterSeq}: records in between are missing. Dialdeck has not changed any file.`,
      journalDir,
    );
  }
  const lastSeq = expectedSeq === null ? afterSeq : Math.max(afterSeq, expectedSeq - 1);
  return { records, lastSeq, keptTornTail };
}

/** Only the final line may be damaged, and only if no newline (no later record) follows it. */
function isTornTail(content: string, newlineAfterBadLine: number): boolean {
  return newlineAfterBadLine === -1 || newlineAfterBadLine === content.length - 1;
}

function keepTornTail(segmentFile: string, offset: number, now: number): string {
  const tornDir = path.join(path.dirname(segmentFile), 'torn');
  fs.mkdirSync(tornDir, { recursive: true });
  const keptAs = path.join(tornDir, `${path.basename(segmentFile)}.${now}.torn`);
  const bytes = fs.readFileSync(segmentFile);
  const byteOffset = Buffer.byteLength(bytes.toString('utf8').slice(0, offset), 'utf8');
  fs.writeFileSync(keptAs, bytes.subarray(byteOffset));
  fs.truncateSync(segmentFile, byteOffset);
  return keptAs;
}
