import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../electron/hub/hub-args';
import { makeTempDir } from '../../support/temp-dir';

const TOKEN = 'team-token-for-tests-0123456789';
const WARNING =
  "Warning: --token shows the team token to anyone who can list processes (ps) and in npm's echo " +
  'of the command; use --token-file FILE or the DIALDECK_HUB_TOKEN environment variable instead.';

function hub(args: string[], env: Record<string, string> = {}) {
  const { DIALDECK_HUB_TOKEN: _inherited, ...parent } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/hub/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...parent, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the hub’s team token', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('comes from --token-file, else DIALDECK_HUB_TOKEN, else the data folder', () => {
    const base = ['--data-dir', temp.dir];
    expect(parseHubArgs([...base, '--token-file', 'team-token'], {})).toMatchObject({
      token: { kind: 'file', file: 'team-token' },
      warnings: [],
    });
    expect(parseHubArgs(base, { DIALDECK_HUB_TOKEN: ` ${TOKEN}\n` })).toMatchObject({
      token: { kind: 'value', value: TOKEN, name: 'DIALDECK_HUB_TOKEN' },
      warnings: [],
    });
    expect(parseHubArgs(base, { DIALDECK_HUB_TOKEN: '' }).token).toEqual({ kind: 'data-dir' });
    expect(
      parseHubArgs([...base, '--token-file', 'f'], { DIALDECK_HUB_TOKEN: TOKEN }).token,
    ).toEqual({ kind: 'file', file: 'f' });
  });

  it('still takes --token, with a warning that names the safer ways and not the token', () => {
    const args = parseHubArgs(['--data-dir', temp.dir, '--token', TOKEN], {
      DIALDECK_HUB_TOKEN: 'another-token-0123456789',
    });
    expect(args.token).toEqual({ kind: 'value', value: TOKEN, name: '--token' });
    expect(args.warnings).toEqual([WARNING]);
    expect(() =>
      parseHubArgs(['--data-dir', temp.dir, '--token', TOKEN, '--token-file', 'f'], {}),
    ).toThrow('Give the team token once: --token-file or --token.');
  });

  it('prints the warning on stderr, never the token, and the same key as from the environment', () => {
    const fromFlag = hub(['--data-dir', temp.dir, '--token', TOKEN, '--rep-key', 'ana']);
    expect(fromFlag.code).toBe(0);
    expect(fromFlag.stderr.trim()).toBe(WARNING);
    expect(fromFlag.stderr + fromFlag.stdout).not.toContain(TOKEN);

    const fromEnv = hub(['--data-dir', temp.dir, '--rep-key', 'ana'], {
      DIALDECK_HUB_TOKEN: TOKEN,
    });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stderr).toBe('');
    expect(fromEnv.stdout).toBe(fromFlag.stdout);
    expect(fs.existsSync(path.join(temp.dir, 'hub-token'))).toBe(false);

    const badEnv = hub(['--data-dir', temp.dir, '--rep-key', 'ana'], {
      DIALDECK_HUB_TOKEN: 'short',
    });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('The DIALDECK_HUB_TOKEN value must be at least 16 characters');
  });

  it('is explained by --help', () => {
    const help = hub(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      '--token-file F, else the DIALDECK_HUB_TOKEN environment variable',
    );
  });
});

describe('the hub’s database and its commands', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('takes the database from --database-url, else DIALDECK_DATABASE_URL, else embedded', () => {
    const base = ['--data-dir', temp.dir];
    expect(parseHubArgs(base, {})).toMatchObject({ databaseUrl: null, command: { kind: 'serve' } });
    expect(
      parseHubArgs(base, { DIALDECK_DATABASE_URL: 'postgres://hub@db:5432/floor' }),
    ).toMatchObject({ databaseUrl: 'postgres://hub@db:5432/floor', warnings: [] });
    const given = parseHubArgs(
      [...base, '--database-url', 'postgres://hub:s3cret@db/floor', '--node-id', 'hub-2'],
      {},
    );
    expect(given).toMatchObject({ databaseUrl: 'postgres://hub:s3cret@db/floor', nodeId: 'hub-2' });
    expect(given.warnings.join('\n')).toMatch(/holds a password .* prefer DIALDECK_DATABASE_URL/);
  });

  it('knows backup and restore, each with its file, for the embedded database only', () => {
    const base = ['--data-dir', temp.dir];
    expect(parseHubArgs(['backup', ...base, '--out', 'b.tgz'], {}).command).toEqual({
      kind: 'backup',
      outFile: 'b.tgz',
    });
    expect(parseHubArgs(['restore', ...base, '--from', 'b.tgz'], {}).command).toEqual({
      kind: 'restore',
      fromFile: 'b.tgz',
    });
    expect(() => parseHubArgs(['backup', ...base], {})).toThrow('backup needs --out FILE');
    expect(() => parseHubArgs(['vacuum', ...base], {})).toThrow('Unknown command "vacuum"');
    expect(() =>
      parseHubArgs(['backup', ...base, '--out', 'b'], { DIALDECK_DATABASE_URL: 'postgres://x/y' }),
    ).toThrow(/pg_dump/);
  });

  it('says in words why it did not start on a database it cannot reach, and exits 1', () => {
    const result = hub(
      [
        '--data-dir',
        temp.dir,
        '--port',
        '0',
        '--database-url',
        'postgres://hub:s3cret@127.0.0.1:1/floor',
      ],
      { DIALDECK_HUB_TOKEN: TOKEN },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The hub did not start: .*127\.0\.0\.1:1/);
    // The warning about the password on the command line, and never the password itself.
    expect(result.stderr).toContain('holds a password');
    expect(result.stderr).not.toContain('s3cret');
  });

  it('backs up from the command line and says where', () => {
    const out = path.join(temp.dir, 'hub-backup.tar.gz');
    const empty = path.join(temp.dir, 'hub');
    const result = hub(['backup', '--data-dir', empty, '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`to ${out} (`);
    expect(fs.statSync(out).size).toBeGreaterThan(1_000);
  });
});
