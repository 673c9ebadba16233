import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory, segmentName } from './segments';

/** Appends encoded records to the current segment; `flush` makes them durable with one fdatasync. */
export class JournalWriter {
  private fd: number;
  private pending: string[] = [];
  private bytesWritten = 0;

  constructor(
    private readonly journalDir: string,
    firstSeq: number,
  ) {
    this.fd = this.openSegment(firstSeq);
  }

  append(encodedRecord: string): void {
    this.pending.push(encodedRecord);
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    let written = 0;
    while (written < chunk.length) {
      written += fs.writeSync(this.fd, chunk, written, chunk.length - written);
    }
    fs.fdatasyncSync(this.fd);
    this.bytesWritten += chunk.length;
  }

  /** Bytes in the journal since the last rotation: what a restart would replay. */
  size(): number {
    return this.bytesWritten;
  }

  /** Starts a new segment; records from `firstSeq` on go there. */
  rotate(firstSeq: number): void {
    this.flush();
    fs.closeSync(this.fd);
    this.fd = this.openSegment(firstSeq);
    this.bytesWritten = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private openSegment(firstSeq: number): number {
    const fd = fs.openSync(path.join(this.journalDir, segmentName(firstSeq)), 'a');
    fsyncDirectory(this.journalDir);
    return fd;
  }
}
