import iconv from 'iconv-lite';
import type { SourceEncoding } from '../../../../electron/core/leads/import/decoding/source-encoding';

/** Serves bytes as an async stream cut at the given sizes (cycled), like a socket or a file read. */
export function chunked(
  bytes: Uint8Array,
  sizes: readonly number[] = [bytes.length || 1],
): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      let offset = 0;
      let turn = 0;
      while (offset < bytes.length) {
        const size = Math.max(1, sizes[turn++ % sizes.length] ?? 1);
        yield await Promise.resolve(bytes.subarray(offset, offset + size));
        offset += size;
      }
    },
  };
}

export function encodeText(text: string, encoding: SourceEncoding, bom = false): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([
        Buffer.from(bom ? [0xfe, 0xff] : []),
        Buffer.from(text, 'utf16le').swap16(),
      ]);
    case 'windows-1252':
      return iconv.encode(text, 'windows-1252');
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
