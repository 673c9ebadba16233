import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  completeUtf8Length,
  createByteDecoder,
} from '../../../../electron/core/leads/import/decoding/byte-decoder';
import type { SourceEncoding } from '../../../../electron/core/leads/import/decoding/source-encoding';
import { encodeText } from './byte-streams';

function decodeInPieces(
  bytes: Uint8Array,
  cuts: number[],
  encoding: SourceEncoding | 'auto' = 'auto',
) {
  const decoder = createByteDecoder(encoding);
  let text = '';
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    text += decoder.write(bytes.subarray(from, cut));
    from = cut;
  }
  text += decoder.write(bytes.subarray(from));
  text += decoder.end();
  return { text, detected: decoder.detected };
}

const accented = 'Prénom;Nom;Société\nZoë;Müller;Café Crème — 5 €\nJosé;Nuñez;Açores Ltda\n';

describe('byte decoder', () => {
  it('strips a UTF-8 BOM and reports it', () => {
    const { text, detected } = decodeInPieces(encodeText('a,b\n1,2\n', 'utf-8', true), []);
    expect(text).toBe('a,b\n1,2\n');
    expect(detected).toEqual({ encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 with either byte order mark', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const { text, detected } = decodeInPieces(encodeText(accented, encoding, true), [1, 3, 17]);
      expect(text).toBe(accented);
      expect(detected).toEqual({ encoding, bom: true });
    }
  });

  it('recognises BOM-less UTF-16 by its zero bytes', () => {
    const { text, detected } = decodeInPieces(encodeText(accented, 'utf-16le'), []);
    expect(text).toBe(accented);
    expect(detected).toEqual({ encoding: 'utf-16le', bom: false });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = encodeText(accented, 'windows-1252');
    const { text, detected } = decodeInPieces(bytes, [20]);
    expect(text).toBe(accented);
    expect(detected.encoding).toBe('windows-1252');
  });

  it('finds Windows-1252 even when the first accent comes after many ASCII chunks', () => {
    const ascii = 'first,last\n'.repeat(10_000);
    const bytes = encodeText(`${ascii}Zoë,Brontë\n`, 'windows-1252');
    const cuts = Array.from({ length: 50 }, (_, i) => (i + 1) * 2_203);
    const { text, detected } = decodeInPieces(bytes, cuts);
    expect(text.endsWith('Zoë,Brontë\n')).toBe(true);
    expect(detected.encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 and marks a damaged byte once UTF-8 accents were handed out', () => {
    const first = Buffer.from(`Zoë,ok\n${'x'.repeat(80)}\n`, 'utf8');
    const bytes = Buffer.concat([first, Buffer.from([0x41, 0xff, 0x42])]);
    const { text, detected } = decodeInPieces(bytes, [first.length]);
    expect(text).toBe(`Zoë,ok\n${'x'.repeat(80)}\nA\uFFFDB`);
    expect(detected.encoding).toBe('utf-8');
  });

  it('reads a first chunk whose accents only look like UTF-8 as Windows-1252', () => {
    const bytes = encodeText('Straße—Nord,Müller\n', 'windows-1252'); // "ß—" is a valid UTF-8 pair
    const { text, detected } = decodeInPieces(bytes, []);
    expect(text).toBe('Straße—Nord,Müller\n');
    expect(detected.encoding).toBe('windows-1252');
  });

  it('decodes the Windows-1252 specials (euro, curly quotes) that Latin-1 would miss', () => {
    const { text } = decodeInPieces(Uint8Array.from([0x80, 0x20, 0x93, 0x68, 0x69, 0x94]), []);
    expect(text).toBe('€ “hi”');
  });

  it('honours a forced encoding', () => {
    const bytes = encodeText('Ã©', 'windows-1252'); // valid UTF-8 for "é"
    expect(decodeInPieces(bytes, []).text).toBe('é');
    expect(decodeInPieces(bytes, [], 'windows-1252').text).toBe('Ã©');
  });

  it('never splits a UTF-8 character, wherever the chunks are cut', () => {
    const text = 'Ω≈ç√∫˜µ≤≥÷ 😀 𝄞 Zoë, 東京, "Ünïcødé"';
    const bytes = encodeText(text, 'utf-8');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 12 }), (cuts) => {
        const decoded = decodeInPieces(bytes, cuts);
        expect(decoded.text).toBe(text);
        expect(decoded.detected.encoding).toBe('utf-8');
      }),
    );
  });

  it('holds back exactly the incomplete trailing sequence', () => {
    const euro = [0xe2, 0x82, 0xac];
    expect(completeUtf8Length(Uint8Array.from([0x41, ...euro]))).toBe(4);
    expect(completeUtf8Length(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1);
    expect(completeUtf8Length(Uint8Array.from([0x41, 0xe2]))).toBe(1);
    expect(completeUtf8Length(Uint8Array.from([0x41]))).toBe(1);
  });
});
