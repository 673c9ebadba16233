import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrowserArgs } from '../../../electron/browser/browser-args';
import { makeTempDir } from '../../support/temp-dir';

const TOKEN = 'team-token-for-tests-0123456789';

describe('browser-mode flags for the team hub', () => {
  it('are off by default', () => {
    expect(parseBrowserArgs([]).secretOverrides).toEqual({});
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
    const key = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
    const args = parseBrowserArgs(['--hub-token-file', file, '--hub-rep-key', key]);
    expect(args.secretOverrides).toEqual({ hubToken: TOKEN, hubRepKey: key });
    temp.remove();
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
