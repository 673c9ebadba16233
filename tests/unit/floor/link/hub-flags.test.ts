import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrowserArgs } from '../../../../electron/browser/browser-args';
import { makeTempDir } from '../../../support/temp-dir';

const TOKEN = 'team-token-for-tests-0123456789';
const KEY = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
const warning = (flag: string, what: string, fileFlag: string, envVar: string) =>
  `Warning: ${flag} shows the ${what} to anyone who can list processes (ps) and in npm's echo ` +
  `of the command; use ${fileFlag} FILE or the ${envVar} environment variable instead.`;

describe('browser-mode flags for the team hub', () => {
  it('are off by default', () => {
    expect(parseBrowserArgs([], {}).secretOverrides).toEqual({});
  });

  it('point a rep at a hub with the team token, or a supervisor at a port', () => {
    const rep = parseBrowserArgs(['--hub-url', 'http://127.0.0.1:5190', '--hub-token', TOKEN]);
    expect(rep.settingsOverrides).toEqual({ hubUrl: 'http://127.0.0.1:5190' });
    expect(rep.secretOverrides).toEqual({ hubToken: TOKEN });
    const supervisor = parseBrowserArgs(['--role', 'supervisor', '--hub-port', '0']);
    expect(supervisor.settingsOverrides).toEqual({ role: 'supervisor', hubPort: 0 });
  });

  it('read the token from a file (first line) and take a rep key', () => {
    const temp = makeTempDir('dialdeck-hub-flags-');
    const file = path.join(temp.dir, 'hub-token');
    fs.writeFileSync(file, `${TOKEN}\n`);
    const args = parseBrowserArgs(['--hub-token-file', file, '--hub-rep-key', KEY]);
    expect(args.secretOverrides).toEqual({ hubToken: TOKEN, hubRepKey: KEY });
    temp.remove();
  });

  it('take the team token and the rep key from the environment, without a warning', () => {
    const args = parseBrowserArgs([], { DIALDECK_HUB_TOKEN: TOKEN, DIALDECK_HUB_REP_KEY: KEY });
    expect(args.secretOverrides).toEqual({ hubToken: TOKEN, hubRepKey: KEY });
    expect(args.warnings).toEqual([]);
    expect(() => parseBrowserArgs([], { DIALDECK_HUB_REP_KEY: 'nope' })).toThrow(
      'DIALDECK_HUB_REP_KEY must be the key `npm run hub -- --rep-key ID` printed.',
    );
  });

  it('read the rep key from --hub-rep-key-file, which wins over the environment', () => {
    const temp = makeTempDir('dialdeck-hub-flags-');
    const file = path.join(temp.dir, 'rep-key');
    fs.writeFileSync(file, `${KEY}\r\n`);
    const args = parseBrowserArgs(['--hub-rep-key-file', file], {
      DIALDECK_HUB_REP_KEY: 'other-key-0123456789',
    });
    expect(args.secretOverrides).toEqual({ hubRepKey: KEY });
    expect(args.warnings).toEqual([]);
    expect(() => parseBrowserArgs(['--hub-rep-key-file', path.join(temp.dir, 'none')], {})).toThrow(
      /^Cannot read the rep key file /,
    );
    temp.remove();
  });

  it('warn once per secret given on the command line, naming the safer ways but not the secret', () => {
    const args = parseBrowserArgs(['--hub-token', TOKEN, '--hub-rep-key', KEY], {});
    expect(args.secretOverrides).toEqual({ hubToken: TOKEN, hubRepKey: KEY });
    expect(args.warnings).toEqual([
      warning('--hub-token', 'team token', '--hub-token-file', 'DIALDECK_HUB_TOKEN'),
      warning('--hub-rep-key', 'rep key', '--hub-rep-key-file', 'DIALDECK_HUB_REP_KEY'),
    ]);
    expect(args.warnings.join('\n')).not.toContain(TOKEN);
    expect(args.warnings.join('\n')).not.toContain(KEY);
  });

  it('say what is wrong with a bad value', () => {
    expect(() => parseBrowserArgs(['--hub-url', 'ftp://hub'])).toThrow(
      /--hub-url must be the hub address/,
    );
    expect(() => parseBrowserArgs(['--hub-port', '70000'])).toThrow(
      '--hub-port must be a number from 0 to 65535, got "70000".',
    );
    expect(() => parseBrowserArgs(['--hub-token', 'short'])).toThrow(/at least 16 characters/);
    expect(() => parseBrowserArgs(['--hub-token', TOKEN, '--hub-token-file', 'f'])).toThrow(/once/);
    expect(() => parseBrowserArgs(['--hub-token-file', '/no/such/file'])).toThrow(
      /Cannot read the token file/,
    );
  });
});
