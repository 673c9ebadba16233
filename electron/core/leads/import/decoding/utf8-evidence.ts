import { isAscii } from 'node:buffer';
import type { SourceEncoding } from './source-encoding';

/** What a whole file says about itself: well-formed multi-byte UTF-8 characters vs. broken bytes. */
export interface Utf8Evidence {
  multiByteCharacters: number;
  invalidSequences: number;
}

/** Counts UTF-8 evidence over a byte stream cut anywhere. */
export class Utf8EvidenceCounter {
  private readonly counts: Utf8Evidence = { multiByteCharacters: 0, invalidSequences: 0 };
  private carry: Uint8Array = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    // Most exports are plain ASCII, which says nothing either way; checked natively.
    if (this.carry.length === 0 && isAscii(chunk)) return;
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = new Uint8Array(0);
    let i = 0;
    while (i < bytes.length) {
      const byte = bytes[i]!;
      if (byte < 0x80) {
        i++;
        continue;
      }
      const length = utf8SequenceLength(byte);
      if (length === 0) {
        this.counts.invalidSequences++;
        i++;
        continue;
      }
      if (i + length > bytes.length) {
        this.carry = bytes.slice(i);
        return;
      }
      let k = 1;
      while (k < length && (bytes[i + k]! & 0xc0) === 0x80) k++;
      if (k === length) this.counts.multiByteCharacters++;
      else this.counts.invalidSequences++;
      i += k;
    }
  }

  end(): Utf8Evidence {
    if (this.carry.length > 0) this.counts.invalidSequences++;
    this.carry = new Uint8Array(0);
    return { ...this.counts };
  }
}

/** 2–4 for a UTF-8 lead byte, 0 for a byte that cannot start a character. */
export function utf8SequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/**
 * The whole-file rule: text with no broken sequence is UTF-8 (ASCII included); otherwise the side
 * with more evidence wins, so a UTF-8 file with one damaged byte stays UTF-8, and a Windows-1252
 * file whose accents happen to form a valid UTF-8 pair here and there is still read as 1252.
 */
export function encodingFromEvidence(evidence: Utf8Evidence): SourceEncoding {
  if (evidence.invalidSequences === 0) return 'utf-8';
  return evidence.invalidSequences >= evidence.multiByteCharacters ? 'windows-1252' : 'utf-8';
}
