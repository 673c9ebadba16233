import path from 'node:path';
import { build } from 'esbuild';

const ENTRY = path.resolve(import.meta.dirname, 'fake-voice-sdk/browser-entry.ts');

/**
 * The scripted Voice SDK as one classic script that puts itself on the page (see browser-entry.ts),
 * for an end-to-end test to add before the app loads. `minify` bundles it as an app build would.
 */
export async function fakeVoiceSdkScript(options: { minify?: boolean } = {}): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? false,
    write: false,
    logLevel: 'error',
  });
  const [script] = result.outputFiles;
  if (!script) throw new Error('esbuild wrote no script for the fake Voice SDK');
  return script.text;
}
