import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DomainError } from '../../../../../shared/result';

/** A file path, or any byte stream (a Node Readable and a web ReadableStream both qualify). */
export type LeadFileSource = string | AsyncIterable<Uint8Array>;

export interface ByteSource {
  chunks: AsyncIterable<Uint8Array>;
  /** Known for files, so progress can be a fraction; null for streams. */
  totalBytes: number | null;
}

export const DEFAULT_CHUNK_BYTES = 256 * 1024;

export async function openByteSource(
  source: LeadFileSource,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Promise<ByteSource> {
  if (typeof source !== 'string') return { chunks: source, totalBytes: null };
  const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
    throw new DomainError(
      error.code === 'ENOENT' ? 'not-found' : 'unavailable',
      `Cannot open ${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
    );
  });
  if (!info.isFile()) throw new DomainError('invalid-argument', `${source} is not a file`);
  return {
    chunks: createReadStream(source, { highWaterMark: chunkBytes }),
    totalBytes: info.size,
  };
}
