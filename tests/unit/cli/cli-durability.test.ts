import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInlineStore, sql } from '../../../electron/core/platform/store';
import { listSegments } from '../../../electron/core/platform/store/journal/segments';
import { makeTempDir } from '../../support/temp-dir';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function listTree(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => `${name}:${fs.statSync(path.join(dir, name)).size}`)
    .sort();
}

describe('cli on a damaged or busy data folder', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let leads: string;
  beforeEach(() => {
    temp = makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    leads = path.join(temp.dir, 'leads.csv');
    fs.writeFileSync(
      leads,
      'first_name,phone\nAna,+14155550123\nBea,+14155550124\nCid,+14155550125\n',
    );
  });
  afterEach(() => temp.remove());

  it('export leaves the data folder exactly as it found it', () => {
    expect(cli('import', leads, '--data-dir', dataDir).code).toBe(0);
    const [segment] = listSegments(path.join(dataDir, 'journal')).slice(-1);
    fs.appendFileSync(segment!.file, '0badc0de [99,[["INSERT');
    const before = listTree(dataDir);
    const exported = cli('export', 'leads', '--data-dir', dataDir);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('+14155550125');
    expect(listTree(dataDir)).toEqual(before);
  });

  it('recover exits non-zero and names the loss when acknowledged records cannot be kept', async () => {
    // A session ended by a crash: five acknowledged writes, the store never closed.
    const { store } = await openInlineStore({ dataDir });
    await store.write(sql`INSERT INTO campaigns (id, name, created_at) VALUES ('c1', 'One', 1)`);
    for (let n = 1; n <= 4; n++) {
      await store.write(
        sql`INSERT INTO leads (id, campaign_id, phone_e164, created_at, imported_at) VALUES (${n}, 'c1', ${`+1415555000${n}`}, 1, 1)`,
      );
    }
    fs.rmSync(path.join(dataDir, 'dialdeck.lock'));
    const [segment] = listSegments(path.join(dataDir, 'journal')).slice(-1);
    const content = fs.readFileSync(segment!.file, 'utf8');
    fs.writeFileSync(segment!.file, content.replace('+14155550002', '+14155559999'));

    const refused = cli('export', 'leads', '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('npm run cli -- recover');
    const recovered = cli('recover', '--data-dir', dataDir);
    expect(recovered.code).toBe(1);
    expect(recovered.stdout).toContain('3 acknowledged records come after damage');
    expect(recovered.stdout).toContain('Set aside (not deleted)');
    const exported = cli('export', 'leads', '--data-dir', dataDir);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('+14155550001');
    expect(exported.stdout).not.toContain('+14155550003');
  });

  it('export and recover of a folder with no Dialdeck data say so, and create nothing', () => {
    const missing = path.join(temp.dir, 'mistyped');
    for (const args of [
      ['export', 'leads', '--data-dir', missing],
      ['recover', '--data-dir', missing],
    ]) {
      const result = cli(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`There is no Dialdeck data in ${missing}`);
      expect(result.stdout).toBe('');
    }
    expect(fs.existsSync(missing)).toBe(false);
  });
});
