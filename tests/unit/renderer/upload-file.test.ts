import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../renderer/src/imports/base64';
import { uploadInChunks } from '../../../renderer/src/imports/upload-file';
import { ok, fail } from '../../../shared/result';

describe('uploadInChunks', () => {
  const bytes = new Uint8Array(1000).map((_, i) => i % 251);

  it('sends the file in order, in chunks no larger than the core takes', async () => {
    const received: Uint8Array[] = [];
    const progress: number[] = [];
    const result = await uploadInChunks(new Blob([bytes]), 300, {
      sendChunk: (base64) => {
        received.push(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        return Promise.resolve(ok({ receivedBytes: 0, totalBytes: 1000 }));
      },
      onProgress: (sent) => progress.push(sent),
      signal: new AbortController().signal,
    });
    expect(result.ok).toBe(true);
    expect(received.map((chunk) => chunk.length)).toEqual([300, 300, 300, 100]);
    expect(received.flatMap((chunk) => [...chunk])).toEqual([...bytes]);
    expect(progress).toEqual([300, 600, 900, 1000]);
  });

  it('stops at the first refusal, and when cancelled', async () => {
    let sent = 0;
    const refused = await uploadInChunks(new Blob([bytes]), 300, {
      sendChunk: () =>
        Promise.resolve(
          ++sent === 2
            ? fail('invalid-argument', 'Too big.')
            : ok({ receivedBytes: 0, totalBytes: 0 }),
        ),
      onProgress: () => undefined,
      signal: new AbortController().signal,
    });
    expect(refused).toEqual(fail('invalid-argument', 'Too big.'));
    expect(sent).toBe(2);

    const controller = new AbortController();
    controller.abort();
    const cancelled = await uploadInChunks(new Blob([bytes]), 300, {
      sendChunk: () => Promise.reject(new Error('must not send')),
      onProgress: () => undefined,
      signal: controller.signal,
    });
    expect(cancelled.ok).toBe(false);
  });

  it('encodes large buffers without running out of stack', () => {
    const big = new Uint8Array(256 * 1024).fill(65);
    const decoded = atob(bytesToBase64(big));
    expect(decoded.length).toBe(big.length);
    expect(/^A+$/.test(decoded)).toBe(true);
    expect(bytesToBase64(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('77u/QQ==');
  });
});
