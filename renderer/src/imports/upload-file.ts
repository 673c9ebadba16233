import type { ImportChunkReceived } from '../../../shared/domain/import';
import type { Result } from '../../../shared/result';
import { bytesToBase64 } from './base64';

/** The chunk size asked for: big enough to be quick, small enough to keep each message light. */
export const PREFERRED_CHUNK_BYTES = 256 * 1024;

export interface UploadPorts {
  sendChunk(base64: string): Promise<Result<ImportChunkReceived>>;
  onProgress(sentBytes: number, totalBytes: number): void;
  signal: AbortSignal;
}

/**
 * Sends a file to the core in chunks, one at a time (the next is read only once the last is
 * stored): the same path in Electron and in browser mode, and never the whole file in memory.
 * Resolves with the failure that stopped it, or null when every byte arrived.
 */
export async function uploadInChunks(
  file: Blob,
  chunkBytes: number,
  ports: UploadPorts,
): Promise<Result<null>> {
  const size = Math.max(1, Math.min(chunkBytes, PREFERRED_CHUNK_BYTES));
  for (let offset = 0; offset < file.size; offset += size) {
    if (ports.signal.aborted)
      return { ok: false, error: { code: 'conflict', message: 'Cancelled.' } };
    const bytes = new Uint8Array(await file.slice(offset, offset + size).arrayBuffer());
    const sent = await ports.sendChunk(bytesToBase64(bytes));
    if (!sent.ok) return sent;
    ports.onProgress(Math.min(file.size, offset + size), file.size);
  }
  return { ok: true, value: null };
}
