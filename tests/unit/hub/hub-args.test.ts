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
