import fs from 'node:fs';
import path from 'node:path';

/** What the far end heard, one file per call (baresip's sndfile names them dump-<time>-dec.wav). */
export function listRecordings(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('-dec.wav'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Seconds of audio in a WAV being written: its size past the header over the header's byte rate. */
function recordedSeconds(file: string): number {
  let header: Buffer;
  let size: number;
  try {
    header = fs.readFileSync(file).subarray(0, 44);
    size = fs.statSync(file).size;
  } catch {
    return 0;
  }
  if (header.length < 44) return 0;
  const byteRate = header.readUInt32LE(28);
  return byteRate > 0 ? (size - 44) / byteRate : 0;
}

/**
 * Resolves once the newest recording holds at least `seconds` of audio (the call is carrying
 * sound into the far end); fails after the limit. Waits on the folder's changes, not a clock.
 */
export function waitForRecordedSeconds(
  dir: string,
  seconds: number,
  limitMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const newest = listRecordings(dir).at(-1);
      if (newest === undefined || recordedSeconds(newest) < seconds) return false;
      watcher.close();
      clearTimeout(timer);
      resolve(newest);
      return true;
    };
    const watcher = fs.watch(dir, () => void check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no recording in ${dir} reached ${seconds} s within ${limitMs} ms`));
    }, limitMs);
    check();
  });
}
