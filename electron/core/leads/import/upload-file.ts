import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../../shared/result';
import { SerialQueue } from '../../platform/concurrency/serial-queue';

/** Where uploads wait to be imported; anything left there at start-up is from a stopped app. */
export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'imports');
}

/** Removes uploads an earlier run left behind (it stopped before their import ended). */
export function removeLeftoverUploads(dataDir: string): void {
  fs.rmSync(uploadsDir(dataDir), { recursive: true, force: true });
}

/**
 * A file the renderer sends in chunks, written to the data folder as it comes so a 200 MB file
 * never sits in memory. Chunks are appended in the order they arrive, one at a time.
 */
export class UploadFile {
  private received = 0;
  private readonly writes = new SerialQueue();
  private handle: fs.promises.FileHandle | null = null;

  private constructor(
    readonly path: string,
    readonly sizeBytes: number,
  ) {}

  static async create(dataDir: string, id: string, sizeBytes: number): Promise<UploadFile> {
    const dir = uploadsDir(dataDir);
    await fs.promises.mkdir(dir, { recursive: true });
    const upload = new UploadFile(path.join(dir, `${id}.upload`), sizeBytes);
    upload.handle = await fs.promises.open(upload.path, 'wx', 0o600);
    return upload;
  }

  get receivedBytes(): number {
    return this.received;
  }

  get complete(): boolean {
    return this.received === this.sizeBytes;
  }

  append(bytes: Uint8Array): Promise<number> {
    return this.writes.run(async () => {
      if (!this.handle) throw new DomainError('conflict', 'This upload is closed.');
      if (this.received + bytes.byteLength > this.sizeBytes) {
        throw new DomainError(
          'invalid-argument',
          `The file is larger than the ${this.sizeBytes} bytes announced; start the import again.`,
        );
      }
      await this.handle.write(bytes, 0, bytes.byteLength, this.received);
      this.received += bytes.byteLength;
      if (this.complete) await this.close();
      return this.received;
    });
  }

  /** Closes and deletes the file; safe to call more than once. */
  async remove(): Promise<void> {
    await this.writes.run(async () => {
      await this.close();
      await fs.promises.rm(this.path, { force: true });
    });
  }

  private async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}
