import type { DetectedEncoding, SourceEncoding } from '../../../../../shared/domain/import';

export type { DetectedEncoding, SourceEncoding } from '../../../../../shared/domain/import';

export const SOURCE_ENCODINGS: readonly SourceEncoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

/** Enough leading bytes to tell a BOM or a BOM-less UTF-16 file. */
export const ENCODING_SNIFF_BYTES = 64;

/** Reads a byte order mark, or the NUL pattern of BOM-less UTF-16 text; null means "8-bit text". */
export function sniffEncodingFromBytes(head: Uint8Array): DetectedEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bom: true };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  return sniffBomlessUtf16(head);
}

// Latin text in UTF-16 has a zero in every other byte; 8-bit text has none at all.
function sniffBomlessUtf16(head: Uint8Array): DetectedEncoding | null {
  const pairs = Math.floor(Math.min(head.length, ENCODING_SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.7 && evenZeros === 0) return { encoding: 'utf-16le', bom: false };
  if (evenZeros >= pairs * 0.7 && oddZeros === 0) return { encoding: 'utf-16be', bom: false };
  return null;
}
