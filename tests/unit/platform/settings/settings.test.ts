import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { defaultSettings } from '../../../../electron/core/platform/settings/default-settings';
import { jsonFileSettingsBackend } from '../../../../electron/core/platform/settings/json-file-backend';
import { keyFileCipher } from '../../../../electron/core/platform/settings/key-file-cipher';
import { SettingsService } from '../../../../electron/core/platform/settings/settings-service';
import { ANA_SETTINGS } from '../../../support/settings-fixture';
import { makeTempDir } from '../../../support/temp-dir';

const defaults = ANA_SETTINGS;

describe('settings (file backend, key-file cipher)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  /** The settings in the temp folder, opened as a new process opens them. */
  const openSettings = (log = createLogger(() => undefined)) =>
    new SettingsService(jsonFileSettingsBackend(temp.dir), keyFileCipher(temp.dir), log, defaults);

  it('persists changes and reads them back in a new process', () => {
    const log = createLogger(() => undefined);
    const first = openSettings(log);
    first.update({ wrapUpSeconds: 25, role: 'supervisor' });
    const second = openSettings(log);
    expect(second.get()).toMatchObject({ wrapUpSeconds: 25, role: 'supervisor', repId: 'ana' });
  });

  it('keeps secrets encrypted at rest, out of the public settings and out of the log', () => {
    const lines: string[] = [];
    const log = createLogger((_level, line) => lines.push(line));
    const secret = 'SKsuper-secret-api-key-0123456789';
    const settings = openSettings(log);
    settings.setSecret('twilioApiKeySecret', secret);
    log.info('oops, someone logged it', { value: secret });

    const onDisk = fs.readFileSync(path.join(temp.dir, 'settings.json'), 'utf8');
    expect(onDisk).not.toContain(secret);
    expect(JSON.stringify(settings.get())).not.toContain(secret);
    expect(settings.get().secretsSet.twilioApiKeySecret).toBe(true);
    expect(lines.join('\n')).not.toContain(secret);
    expect(lines.join('\n')).toContain('[redacted]');

    const reread = openSettings(log);
    expect(reread.getSecret('twilioApiKeySecret')).toBe(secret);
    expect((fs.statSync(path.join(temp.dir, 'secret.key')).mode & 0o777).toString(8)).toBe('600');
  });

  it('falls back to defaults when the settings file is damaged, without rewriting it', () => {
    fs.writeFileSync(path.join(temp.dir, 'settings.json'), '{"wrapUpSeconds": "ten"');
    const lines: string[] = [];
    const log = createLogger((_level, line) => lines.push(line));
    const settings = openSettings(log);
    expect(settings.get().wrapUpSeconds).toBe(10);
    expect(fs.readFileSync(path.join(temp.dir, 'settings.json'), 'utf8')).toBe(
      '{"wrapUpSeconds": "ten"',
    );
  });

  it('says so, and keeps a copy of the damaged file before the next save replaces it', () => {
    const file = path.join(temp.dir, 'settings.json');
    fs.writeFileSync(file, '{"repId": "grace", "hubUrl": "wss://hub.exa');
    const lines: string[] = [];
    const settings = new SettingsService(
      jsonFileSettingsBackend(temp.dir, () => 42),
      keyFileCipher(temp.dir),
      createLogger((_level, line) => lines.push(line)),
      defaults,
    );
    const copy = `${file}.damaged-42`;
    expect(settings.loadProblem).toContain(`${file} is not valid JSON`);
    expect(settings.loadProblem).toContain(`kept as ${copy}`);
    expect(lines.some((line) => line.includes('settings could not be read'))).toBe(true);
    settings.update({ wrapUpSeconds: 30 });
    expect(fs.readFileSync(copy, 'utf8')).toBe('{"repId": "grace", "hubUrl": "wss://hub.exa');
  });

  it('reports nothing when the settings load', () => {
    const settings = openSettings();
    expect(settings.loadProblem).toBeNull();
  });

  it('refuses a value changed inside the file (its checksum no longer matches)', () => {
    const file = path.join(temp.dir, 'settings.json');
    openSettings().update({ repName: 'Grace Kim' });
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Grace Kim', 'Grace Kix'));
    const reloaded = openSettings();
    expect(reloaded.loadProblem).toContain('its checksum does not match its content');
    expect(reloaded.get().repName).toBe(defaults.repName);
  });

  it('starts a new data folder before the first-run setup, never named after the computer user', () => {
    const settings = new SettingsService(
      jsonFileSettingsBackend(temp.dir),
      keyFileCipher(temp.dir),
      createLogger(() => undefined),
      defaultSettings(),
    );
    expect(settings.get().setupComplete).toBe(false);
    expect(settings.get().repName).toBe('Rep');
    expect(settings.get().repName.toLowerCase()).not.toBe(os.userInfo().username.toLowerCase());
  });

  it('takes an empty settings file (electron-store on a new folder) as a new rep', () => {
    const settings = new SettingsService(
      { load: () => ({}), save: () => undefined },
      keyFileCipher(temp.dir),
      createLogger(() => undefined),
      defaultSettings(),
    );
    expect(settings.get().setupComplete).toBe(false);
  });

  it('counts settings saved before the first-run setup existed as set up', () => {
    fs.writeFileSync(
      path.join(temp.dir, 'settings.json'),
      JSON.stringify({ repName: 'Grace Kim', wrapUpSeconds: 40 }),
    );
    const settings = new SettingsService(
      jsonFileSettingsBackend(temp.dir),
      keyFileCipher(temp.dir),
      createLogger(() => undefined),
      defaultSettings(),
    );
    expect(settings.get()).toMatchObject({ repName: 'Grace Kim', setupComplete: true });
  });

  it('reads a settings file saved before settings carried a checksum', () => {
    fs.writeFileSync(path.join(temp.dir, 'settings.json'), JSON.stringify({ wrapUpSeconds: 40 }));
    const settings = openSettings();
    expect(settings.loadProblem).toBeNull();
    expect(settings.get().wrapUpSeconds).toBe(40);
  });
});
