import fs from 'node:fs';
import path from 'node:path';

/** Journal segments are named by the first sequence number they may hold. */
export interface Segment {
  file: string;
  firstSeq: number;
}

const SEGMENT_PATTERN = /^(\d{20})\.log$/;

export function segmentName(firstSeq: number): string {
  return `${String(firstSeq).padStart(20, '0')}.log`;
}

export function listSegments(journalDir: string): Segment[] {
  if (!fs.existsSync(journalDir)) return [];
  return fs
    .readdirSync(journalDir)
    .map((name) => ({ name, match: SEGMENT_PATTERN.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({
      file: path.join(journalDir, name),
      firstSeq: Number(match[1]),
    }))
    .sort((a, b) => a.firstSeq - b.firstSeq);
}

export function fsyncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
