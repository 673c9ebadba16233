import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, type YamlValue } from './tiny-yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const config = parseYaml(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));

function at(value: YamlValue, ...keys: string[]): YamlValue {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || Array.isArray(current) || !(key in current)) {
      throw new Error(`electron-builder.yml has no ${keys.join('.')}`);
    }
    current = current[key] as YamlValue;
  }
  return current;
}

function text(value: YamlValue, ...keys: string[]): string {
  const found = at(value, ...keys);
  if (typeof found !== 'string') throw new Error(`${keys.join('.')} is not a string`);
  return found;
}

describe('tiny-yaml', () => {
  it('reads the shapes electron-builder.yml uses and refuses the rest', () => {
    expect(
      parseYaml("a: 1 # c\nb:\n  c: 'x # y'\n  d:\n    - e\n    - from: f\n      to: g\n"),
    ).toEqual({ a: '1', b: { c: 'x # y', d: ['e', { from: 'f', to: 'g' }] } });
    expect(() => parseYaml('a: [1, 2]')).toThrow(/unsupported/);
    expect(() => parseYaml('a: 1\n   b: 2')).toThrow();
  });
});

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(at(config, 'appId')).toBe('io.dialdeck.app');
    expect(at(config, 'productName')).toBe('Dialdeck');
  });

  it('builds AppImage and deb (Office), NSIS and a dmg', () => {
    expect(at(config, 'linux', 'target')).toEqual(['AppImage', 'deb']);
    expect(at(config, 'linux', 'category')).toBe('Office');
    expect(at(config, 'win', 'target')).toEqual(['nsis']);
    expect(at(config, 'mac', 'target')).toEqual(['dmg']);
  });

  it('signs macOS with the hardened runtime, the microphone entitlement and its usage string', () => {
    expect(at(config, 'mac', 'hardenedRuntime')).toBe('true');
    expect(at(config, 'mac', 'extendInfo', 'NSMicrophoneUsageDescription')).toBe(
      'Dialdeck uses the microphone for your calls.',
    );
    const entitlements = text(config, 'mac', 'entitlements');
    expect(entitlements).toBe('resources/entitlements.mac.plist');
    expect(at(config, 'mac', 'entitlementsInherit')).toBe(entitlements);
    const plist = fs.readFileSync(path.join(root, entitlements), 'utf8');
    for (const key of [
      'com.apple.security.device.audio-input',
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.allow-unsigned-executable-memory',
    ]) {
      expect(plist).toMatch(new RegExp(`<key>${key.replaceAll('.', '\\.')}</key>\\s*<true/>`));
    }
    expect(plist).not.toMatch(/com\.apple\.security\.device\.camera/);
  });

  it('packs the build and ships demo data, scripts and icons as resources', () => {
    expect(at(config, 'files')).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    const extra = at(config, 'extraResources');
    expect(extra).toContainEqual({
      from: 'resources',
      to: 'resources',
      filter: ['demo/**', 'scripts/**', 'icons/**'],
    });
    for (const folder of ['demo', 'scripts', 'icons']) {
      expect(fs.existsSync(path.join(root, 'resources', folder)), folder).toBe(true);
    }
  });

  it('keeps the store worker and sql.js outside the archive, as main-paths.ts expects', () => {
    expect(at(config, 'asarUnpack')).toEqual(['out/main/**', 'node_modules/sql.js/**']);
    const extra = at(config, 'extraResources');
    const scope = Array.isArray(extra)
      ? extra.find((entry) => at(entry, 'to') === 'app.asar.unpacked/out/package.json')
      : undefined;
    if (!scope) throw new Error('no module scope for the unpacked worker');
    const scopeFile = path.join(root, text(scope, 'from'));
    expect(JSON.parse(fs.readFileSync(scopeFile, 'utf8'))).toEqual({ type: 'module' });
  });

  it('points every platform at an icon that exists and is a 512x512 PNG', () => {
    const icons = ['linux', 'win', 'mac'].map((platform) => text(config, platform, 'icon'));
    expect(new Set(icons)).toEqual(new Set(['resources/icons/icon.png']));
    const png = fs.readFileSync(path.join(root, 'resources/icons/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(fs.readFileSync(path.join(root, 'resources/icons/icon.svg'), 'utf8')).toMatch(/<svg\b/);
  });
});
