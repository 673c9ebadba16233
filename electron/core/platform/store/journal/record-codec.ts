import { crc32 } from 'node:zlib';
import type { SqlValue } from '../sql';

/** One committed write: its statements, replayed in order on start. */
export interface JournalRecord {
  seq: number;
  statements: Array<[text: string, params: SqlValue[]]>;
}

/** A line is `<crc32 hex> <json>\n`; the checksum tells a torn or damaged line from a good one. */
export function encodeRecord(record: JournalRecord): string {
  const json = JSON.stringify([record.seq, record.statements]);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

export type DecodedLine = { ok: true; record: JournalRecord } | { ok: false; reason: string };

export function decodeLine(line: string): DecodedLine {
  const space = line.indexOf(' ');
  if (space !== 8) return { ok: false, reason: 'missing checksum' };
  const json = line.slice(9);
  const expected = Number.parseInt(line.slice(0, 8), 16);
  if (crc32(json) !== expected) return { ok: false, reason: 'checksum mismatch' };
  try {
    const [seq, statements] = JSON.parse(json) as [number, JournalRecord['statements']];
    if (!Number.isInteger(seq) || !Array.isArray(statements)) {
      return { ok: false, reason: 'malformed record' };
    }
    return { ok: true, record: { seq, statements } };
  } catch {
    return { ok: false, reason: 'malformed record' };
  }
}
