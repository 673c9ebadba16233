import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles TypeScript entry points into plain ESM for child processes that tests start many
 * times: far faster to start than going through tsx each time. Output stays inside the project
 * so the bundles resolve packages from node_modules.
 */
export async function bundleForNode(
  entryPoints: Record<string, string>,
  outName: string,
): Promise<Record<string, string>> {
  const outdir = path.resolve('node_modules/.cache/dialdeck-test-bundles', outName);
  await build({
    entryPoints,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    packages: 'external',
    logLevel: 'error',
  });
  return Object.fromEntries(
    Object.keys(entryPoints).map((name) => [name, path.join(outdir, `${name}.js`)]),
  );
}
