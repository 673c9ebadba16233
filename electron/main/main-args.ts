/**
 * `--data-dir DIR` or `--data-dir=DIR` from Electron's argv (which also holds Chromium's own
 * switches and, unpackaged, the app path). Returns null when absent.
 */
export function dataDirArg(argv: readonly string[]): string | null {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === undefined) continue;
    if (arg.startsWith('--data-dir=')) return nonEmpty(arg.slice('--data-dir='.length));
    if (arg === '--data-dir') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--'))
        throw new Error('--data-dir needs a folder');
      return value;
    }
  }
  return null;
}

function nonEmpty(value: string): string {
  if (value === '') throw new Error('--data-dir needs a folder');
  return value;
}
