import fs from 'node:fs';
import path from 'node:path';

const MARK_FILE = 'acknowledged';
const WIDTH = 20;

/**
 * The last sequence number whose write was acknowledged. It is written after each fdatasync of
 * the journal, and not synced itself: after a power cut it may be older than the journal, never
 * newer. So a journal that ends before the mark has lost records that were acknowledged (a file
 * cut short on a line boundary leaves no other trace), while a torn line after it is the normal
 * trace of a write cut off before its ack.
 */
export class AckMark {
  private readonly fd: number;
  private readonly buffer = Buffer.alloc(WIDTH + 1);

  constructor(journalDir: string) {
    this.fd = fs.openSync(
      path.join(journalDir, MARK_FILE),
      fs.constants.O_RDWR | fs.constants.O_CREAT,
    );
  }

  write(seq: number): void {
    this.buffer.write(`${String(seq).padStart(WIDTH, '0')}\n`, 0, 'latin1');
    // Fixed width, written at offset 0: one write replaces the whole mark.
    fs.writeSync(this.fd, this.buffer, 0, this.buffer.length, 0);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** The mark, or null when there is none or it cannot be read (then nothing can be told from it). */
export function readAckMark(journalDir: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(journalDir, MARK_FILE), 'latin1');
  } catch {
    return null;
  }
  if (!/^\d{20}\n$/.test(text)) return null;
  const seq = Number(text.slice(0, WIDTH));
  return Number.isSafeInteger(seq) ? seq : null;
}

export function writeAckMarkOnce(journalDir: string, seq: number): void {
  const mark = new AckMark(journalDir);
  try {
    mark.write(seq);
  } finally {
    mark.close();
  }
}
