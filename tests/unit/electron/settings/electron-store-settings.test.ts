import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { defaultSettings } from '../../../../electron/core/platform/settings/default-settings';
import { SettingsService } from '../../../../electron/core/platform/settings/settings-service';
import {
  electronStoreBackend,
  type StoreFile,
} from '../../../../electron/main/settings/electron-store-backend';
import { safeStorageCipher } from '../../../../electron/main/settings/safe-storage-cipher';
import { FakeSafeStorage } from './fake-safe-storage';

/** Behaves like electron-store for what we use: `<cwd>/<name>.json`, parsed on read. */
class JsonStoreFile implements StoreFile {
  static opened: Array<{ cwd: string; name: string }> = [];
  private readonly file: string;
  constructor(options: { cwd: string; name: string }) {
    JsonStoreFile.opened.push(options);
    this.file = path.join(options.cwd, `${options.name}.json`);
    void this.store;
  }
  get store(): Record<string, unknown> {
    if (!fs.existsSync(this.file)) return {};
    return JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, unknown>;
  }
  set store(value: Record<string, unknown>) {
    fs.writeFileSync(this.file, JSON.stringify(value, null, '\t'));
  }
}

const SECRET = 'hub-token-7f3a9c1e55';
let dataDir: string;
let lines: string[];

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-settings-'));
  lines = [];
  JsonStoreFile.opened = [];
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function service(storage = new FakeSafeStorage()) {
  const log = createLogger((_level, line) => lines.push(line));
  const backend = electronStoreBackend(JsonStoreFile, dataDir, log);
  return {
    log,
    settings: new SettingsService(backend, safeStorageCipher(storage, 'linux'), log, {
      ...defaultSettings(),
      repId: 'ana',
    }),
  };
}

describe('settings in Electron: electron-store + safeStorage', () => {
  it('opens settings.json in the data folder', () => {
    service().settings.update({ repName: 'Ana Lima' });
    expect(JsonStoreFile.opened).toEqual([{ cwd: dataDir, name: 'settings' }]);
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as {
      repName: string;
    };
    expect(saved.repName).toBe('Ana Lima');
  });

  it('writes only the ciphertext of a secret, and reads it back', () => {
    const { settings } = service();
    expect(settings.setSecret('hubToken', SECRET).secretsSet.hubToken).toBe(true);
    const text = fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    expect(text).not.toContain(SECRET);
    const saved = JSON.parse(text) as { secrets: { hubToken: string } };
    expect(saved.secrets.hubToken).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(saved.secrets.hubToken, 'base64').toString('utf8')).not.toContain(SECRET);

    const reopened = service().settings;
    expect(reopened.getSecret('hubToken')).toBe(SECRET);
    expect(JSON.stringify(reopened.get())).not.toContain(SECRET);
  });

  it('never prints the secret, even when code logs it by mistake', () => {
    const { settings, log } = service();
    settings.setSecret('twilioAuthToken', SECRET);
    log.info('oops', { token: SECRET, note: `bearer ${SECRET}` });
    log.error(`failed with ${SECRET}`);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('saves nothing when the keychain is unavailable', () => {
    const { settings } = service(new FakeSafeStorage(true, 'basic_text'));
    expect(() => settings.setSecret('hubToken', SECRET)).toThrow(/keyring/);
    expect(fs.existsSync(path.join(dataDir, 'settings.json'))).toBe(false);
    expect(settings.get().secretsSet.hubToken).toBe(false);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('leaves a settings file it cannot read untouched and explains why it cannot save', () => {
    const file = path.join(dataDir, 'settings.json');
    fs.writeFileSync(file, '{"repName": "Ana", broken');
    const { settings } = service();
    expect(settings.get().repId).toBe('ana');
    expect(lines.some((line) => line.includes('settings file could not be read'))).toBe(true);
    expect(() => settings.update({ repName: 'Bo' })).toThrow(/left untouched/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"repName": "Ana", broken');
  });
});
