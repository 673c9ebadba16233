import { createReadStream } from 'node:fs';
import {
  ENCODING_SNIFF_BYTES,
  sniffEncodingFromBytes,
  type DetectedEncoding,
} from './source-encoding';
import { encodingFromEvidence, Utf8EvidenceCounter } from './utf8-evidence';

/**
 * Reads a file once, end to end, to settle its encoding before any of it is decoded: a BOM or
 * UTF-16 pattern in the first bytes, else the whole-file UTF-8 evidence (encodingFromEvidence).
 */
export async function detectFileEncoding(
  path: string,
  signal?: AbortSignal,
): Promise<DetectedEncoding> {
  const counter = new Utf8EvidenceCounter();
  let head: Uint8Array | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    signal?.throwIfAborted();
    const bytes = chunk as Buffer;
    if (!head) {
      head = bytes.subarray(0, ENCODING_SNIFF_BYTES);
      const sniffed = sniffEncodingFromBytes(head);
      if (sniffed) return sniffed;
    }
    counter.add(bytes);
  }
  return { encoding: encodingFromEvidence(counter.end()), bom: false };
}
