import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectFileEncoding } from '../../../../electron/core/leads/import/decoding/detect-file-encoding';
import {
  encodingFromEvidence,
  Utf8EvidenceCounter,
} from '../../../../electron/core/leads/import/decoding/utf8-evidence';
import { encodeText } from './byte-streams';

const dir = mkdtempSync(join(tmpdir(), 'dialdeck-encoding-'));
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('whole-file encoding detection', () => {
  it('calls ASCII and clean UTF-8 files UTF-8', async () => {
    expect(await detectFileEncoding(file('ascii.csv', encodeText('a,b\n', 'utf-8')))).toEqual({
      encoding: 'utf-8',
      bom: false,
    });
    expect(
      (await detectFileEncoding(file('u8.csv', encodeText('Zoë,Brontë\n', 'utf-8')))).encoding,
    ).toBe('utf-8');
  });

  it('calls a Latin file Windows-1252 even when one accent pair looks like UTF-8', async () => {
    const text = 'Straße—Nord,Müller,Gérard,Zoë\n'.repeat(3);
    const path = file('cp1252.csv', encodeText(text, 'windows-1252'));
    expect((await detectFileEncoding(path)).encoding).toBe('windows-1252');
  });

  it('keeps a UTF-8 file with one damaged byte UTF-8', async () => {
    const bytes = Buffer.concat([encodeText('Zoë,Brontë,Gérard\n', 'utf-8'), Buffer.from([0xff])]);
    expect((await detectFileEncoding(file('damaged.csv', bytes))).encoding).toBe('utf-8');
  });

  it('trusts a BOM', async () => {
    const path = file('u16.csv', encodeText('a,b\n', 'utf-16be', true));
    expect(await detectFileEncoding(path)).toEqual({ encoding: 'utf-16be', bom: true });
  });

  it('counts the same evidence however the bytes are cut', () => {
    const bytes = Buffer.concat([
      encodeText('Zoë 東京 😀 ', 'utf-8'),
      Buffer.from([0xe9, 0x20, 0xc3]),
    ]);
    const whole = new Utf8EvidenceCounter();
    whole.add(bytes);
    const expected = whole.end();
    expect(expected).toEqual({ multiByteCharacters: 4, invalidSequences: 2 });
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 8 }), (cuts) => {
        const counter = new Utf8EvidenceCounter();
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          counter.add(bytes.subarray(from, cut));
          from = cut;
        }
        counter.add(bytes.subarray(from));
        expect(counter.end()).toEqual(expected);
      }),
    );
    expect(encodingFromEvidence(expected)).toBe('utf-8');
  });
});
