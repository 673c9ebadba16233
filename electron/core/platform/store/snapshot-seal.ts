import { crc32 } from 'node:zlib';
import { sizeIsInHeader } from './database-file';

/** `DDSNAP01`, the image's length and its CRC-32: 16 bytes after the database's pages. */
const MAGIC = Buffer.from('DDSNAP01', 'latin1');
export const SEAL_BYTES = MAGIC.length + 8;

/**
 * The trailer written after a snapshot's pages. SQLite's own check (`quick_check`) reads the
 * b-tree structure, not the values in it: a byte changed inside a lead's row passes it. The
 * checksum makes any changed byte a damaged file. SQLite ignores bytes after the pages.
 */
export function sealFor(image: Uint8Array): Buffer {
  const seal = Buffer.alloc(SEAL_BYTES);
  MAGIC.copy(seal, 0);
  seal.writeUInt32BE(image.length, MAGIC.length);
  seal.writeUInt32BE(crc32(image), MAGIC.length + 4);
  return seal;
}

export type UnsealedSnapshot =
  { ok: true; image: Uint8Array; sealed: boolean } | { ok: false; reason: string };

/**
 * The database image inside a snapshot file, once its checksum matches. A file written before
 * snapshots were sealed has no trailer and exactly the size its header states; a file one trailer
 * longer than its header states had a trailer whose marker was damaged.
 */
export function unsealSnapshot(file: Uint8Array): UnsealedSnapshot {
  if (file.length < SEAL_BYTES) return { ok: false, reason: 'the file is too short' };
  const sealAt = file.length - SEAL_BYTES;
  const trailer = Buffer.from(file.buffer, file.byteOffset + sealAt, SEAL_BYTES);
  if (!trailer.subarray(0, MAGIC.length).equals(MAGIC)) {
    const image = file.subarray(0, sealAt);
    if (sizeIsInHeader(image)) return { ok: false, reason: 'its checksum marker is damaged' };
    return { ok: true, image: file, sealed: false };
  }
  const image = file.subarray(0, sealAt);
  if (trailer.readUInt32BE(MAGIC.length) !== image.length) {
    return { ok: false, reason: 'its length does not match its checksum (the file was cut)' };
  }
  if (trailer.readUInt32BE(MAGIC.length + 4) !== crc32(image)) {
    return { ok: false, reason: 'its checksum does not match its content (bytes were changed)' };
  }
  return { ok: true, image, sealed: true };
}
