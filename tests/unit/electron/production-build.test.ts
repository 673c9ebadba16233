import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeVoiceSdkScript } from '../../support/fake-voice-sdk-bundle';
import { makeTempDir } from '../../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../../..');
const electronVite = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');

/** Messages only the scripted Voice SDK (tests/support/fake-voice-sdk) has: a minifier keeps them. */
const FAKE_SDK_MARKERS = [
  'InvalidStateError: A Call is already active',
  'The Device has been destroyed',
  'BusyHere: The callee is busy',
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// What `npm run build` makes, built afresh from the sources under test (out/ may be stale or
// another build's), into a folder of its own.
describe('the production build (electron-vite build)', () => {
  const temp = makeTempDir('dialdeck-build-');
  let built: { file: string; text: string }[] = [];

  beforeAll(async () => {
    await promisify(execFile)(
      process.execPath,
      [electronVite, 'build', '--outDir', temp.dir, '--logLevel', 'error'],
      { cwd: root },
    );
    built = filesUnder(temp.dir)
      .filter((file) => /\.(c?js|html)$/.test(file))
      .map((file) => ({
        file: path.relative(temp.dir, file),
        text: fs.readFileSync(file, 'utf8'),
      }));
  }, 180_000);
  afterAll(() => temp.remove());

  it('the markers are the scripted Voice SDK’s, and survive minifying it', async () => {
    const minified = await fakeVoiceSdkScript({ minify: true });
    for (const marker of FAKE_SDK_MARKERS) expect(minified).toContain(marker);
  });

  it('scans the lazy chunks too: the real Voice SDK is one, loaded only for the Twilio line', () => {
    const chunks = built.filter(({ file }) => file.startsWith(path.join('renderer', 'assets')));
    expect(chunks.filter(({ text }) => text.includes('[TwilioVoice]'))).toHaveLength(1);
  });

  it('holds no part of the scripted Voice SDK: main, preload and renderer', () => {
    const found = built.flatMap(({ file, text }) =>
      FAKE_SDK_MARKERS.filter((marker) => text.includes(marker)).map(
        (marker) => `${file}: ${marker}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
