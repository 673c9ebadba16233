import fs from 'node:fs';
import { decodeLine, type JournalRecord } from './record-codec';
import { listSegments } from './segments';

export type JournalEntry =
  | { kind: 'record'; record: JournalRecord }
  /** A line that does not decode; `afterSeq` is the last good record before it in its file. */
  | { kind: 'damaged'; afterSeq: number; bytes: number; finalLine: boolean };

export interface ScannedSegment {
  file: string;
  entries: JournalEntry[];
}

/** Every line of every segment, good or not, in order: what recover reasons over. */
export function scanJournal(journalDir: string): ScannedSegment[] {
  const segments = listSegments(journalDir);
  return segments.map((segment, index) => {
    const content = fs.readFileSync(segment.file, 'utf8');
    const entries: JournalEntry[] = [];
    let afterSeq = segment.firstSeq - 1;
    let offset = 0;
    while (offset < content.length) {
      const newline = content.indexOf('\n', offset);
      const end = newline === -1 ? content.length : newline;
      const decoded = newline === -1 ? null : decodeLine(content.slice(offset, end));
      if (decoded?.ok) {
        entries.push({ kind: 'record', record: decoded.record });
        afterSeq = decoded.record.seq;
      } else {
        const finalLine =
          index === segments.length - 1 && (newline === -1 || newline === content.length - 1);
        entries.push({
          kind: 'damaged',
          afterSeq,
          bytes: Buffer.byteLength(content.slice(offset, end + 1), 'utf8'),
          finalLine,
        });
      }
      offset = end + 1;
    }
    return { file: segment.file, entries };
  });
}

export interface ProvableChain {
  /** The records right after the snapshot, in order, up to the first gap or damage. */
  records: JournalRecord[];
  lastSeq: number;
  /** Whole records after the break: acknowledged, and not replayable in order. */
  recordsAfterBreak: number;
  /** Damaged lines the chain needed (not the torn last line of the journal). */
  damagedNeeded: number;
  /** Damaged lines inside what the snapshot already holds: no loss. */
  damagedCovered: number;
}

/**
 * The longest run of records that continues the snapshot at `snapshotSeq` without a gap. Damage
 * among records the snapshot already holds costs nothing; damage after it ends the run.
 */
export function provableChain(segments: readonly ScannedSegment[], snapshotSeq: number) {
  const chain: ProvableChain = {
    records: [],
    lastSeq: snapshotSeq,
    recordsAfterBreak: 0,
    damagedNeeded: 0,
    damagedCovered: 0,
  };
  let broken = false;
  for (const entry of segments.flatMap((segment) => segment.entries)) {
    if (entry.kind === 'damaged') {
      if (entry.afterSeq + 1 <= snapshotSeq) chain.damagedCovered += 1;
      else if (!entry.finalLine) {
        chain.damagedNeeded += 1;
        broken = true;
      }
      continue;
    }
    const { record } = entry;
    if (record.seq <= snapshotSeq) continue;
    if (!broken && record.seq === chain.lastSeq + 1) {
      chain.records.push(record);
      chain.lastSeq = record.seq;
    } else if (record.seq > chain.lastSeq) {
      broken = true;
      chain.recordsAfterBreak += 1;
    }
  }
  return chain;
}
