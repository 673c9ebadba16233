import fs from 'node:fs';
import path from 'node:path';
import { openHubDatabase } from '../../electron/hub/db';
import { makeTempDir } from './temp-dir';

const CACHE = path.resolve('node_modules/.cache/dialdeck-test-pglite');

function pgliteVersion(): string {
  const manifest = path.resolve('node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * initdb inside PGlite takes seconds, opening an existing folder well under one: an empty
 * embedded database is made once per PGlite version (in a scratch folder renamed into place, so
 * test files starting together never see half of one) and each test starts from a copy of it.
 */
async function template(): Promise<string> {
  const ready = path.join(CACHE, `pg-${pgliteVersion()}`);
  if (fs.existsSync(ready)) return ready;
  fs.mkdirSync(CACHE, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(CACHE, 'making-'));
  const db = await openHubDatabase({ kind: 'embedded', dataDir: scratch });
  await db.close();
  try {
    fs.renameSync(path.join(scratch, 'pg'), ready);
  } catch (error) {
    if (!fs.existsSync(ready)) throw error;
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  return ready;
}

let made: Promise<string> | null = null;

/** A new folder holding an empty embedded hub database (`<dir>/pg`), for one test. */
export async function embeddedDataDir(): Promise<{ dir: string; remove: () => void }> {
  const copy = makeTempDir('dialdeck-hub-db-');
  await seedEmbeddedDatabase(copy.dir);
  return copy;
}

/** Puts an empty embedded database in `<dataDir>/pg` unless one is there (a hub's restart). */
export async function seedEmbeddedDatabase(dataDir: string): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'pg'))) return;
  made ??= template();
  const source = await made;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.cpSync(source, path.join(dataDir, 'pg'), { recursive: true });
}
