import fs from 'node:fs';

/** Reads a PEM file named in settings; the error says which setting to fix. */
export function readPemFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the ${what} ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** For a hub whose certificate is self-signed: trust exactly that certificate. */
export function trustedCa(caFile: string | null): { ca: string } | undefined {
  return caFile === null ? undefined : { ca: readPemFile(caFile, 'hub certificate (CA) file') };
}
