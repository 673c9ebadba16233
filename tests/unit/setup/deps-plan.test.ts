import { describe, expect, it } from 'vitest';
import { loadScript } from './load-script';

type Env = Record<string, string | undefined>;
type ElectronPlan = { download: true; host: string } | { download: false; reason: string };
interface DepsPlan {
  depsPlan(facts: {
    installedAt: number | null;
    lockAt: number;
  }): { install: false } | { install: true; reason: string };
  flagSet: (value: string | undefined) => boolean;
  electronDownloadHost(env: Env): string;
  electronSkipFromEnv(env: Env): string | null;
  electronDownloadPlan(facts: { env: Env; reachable: boolean | null }): ElectronPlan;
  installLine(deps: { install: true; reason: string }, electron: ElectronPlan): string;
}

const lib = await loadScript<DepsPlan>('deps-plan.mjs');
const LOCK_AT = Date.parse('2026-11-27T09:00:00Z');

describe('whether npm start and npm test run npm ci first', () => {
  it('runs it when node_modules is missing', () => {
    expect(lib.depsPlan({ installedAt: null, lockAt: LOCK_AT })).toEqual({
      install: true,
      reason: 'node_modules is missing',
    });
  });

  it('runs it when node_modules is older than package-lock.json', () => {
    expect(lib.depsPlan({ installedAt: LOCK_AT - 1, lockAt: LOCK_AT })).toEqual({
      install: true,
      reason: 'package-lock.json is newer than node_modules',
    });
  });

  it('leaves node_modules alone when it is as new as the lock file or newer', () => {
    expect(lib.depsPlan({ installedAt: LOCK_AT, lockAt: LOCK_AT })).toEqual({ install: false });
    expect(lib.depsPlan({ installedAt: LOCK_AT + 60_000, lockAt: LOCK_AT })).toEqual({
      install: false,
    });
  });
});

describe('whether the Electron binary is downloaded', () => {
  it('is skipped when ELECTRON_SKIP_BINARY_DOWNLOAD or CI is set, without asking the network', () => {
    for (const env of [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, { CI: 'true' }]) {
      expect(lib.electronSkipFromEnv(env)).not.toBeNull();
      expect(lib.electronDownloadPlan({ env, reachable: null })).toMatchObject({
        download: false,
      });
    }
    expect(
      lib.electronDownloadPlan({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, reachable: true }),
    ).toEqual({ download: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' });
  });

  it('reads 0, false and empty as unset', () => {
    expect(['0', 'false', 'FALSE', '', ' '].map(lib.flagSet)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([undefined, '1', 'true', 'yes'].map(lib.flagSet)).toEqual([false, true, true, true]);
    expect(lib.electronSkipFromEnv({ CI: '0', ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBeNull();
  });

  it('is skipped when the download host cannot be reached, and downloaded when it answers', () => {
    expect(lib.electronDownloadPlan({ env: {}, reachable: false })).toEqual({
      download: false,
      reason: 'github.com cannot be reached',
    });
    expect(lib.electronDownloadPlan({ env: {}, reachable: true })).toEqual({
      download: true,
      host: 'github.com',
    });
  });

  it('probes ELECTRON_MIRROR’s host where one is set', () => {
    const env = { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' };
    expect(lib.electronDownloadHost(env)).toBe('npmmirror.com');
    expect(lib.electronDownloadPlan({ env, reachable: false })).toEqual({
      download: false,
      reason: 'npmmirror.com cannot be reached',
    });
  });

  it('is said in one line, with what it means for npm start', () => {
    const deps = { install: true as const, reason: 'node_modules is missing' };
    const skipped = lib.installLine(deps, {
      download: false,
      reason: 'github.com cannot be reached',
    });
    expect(skipped).toBe(
      'Installing dependencies with npm ci (node_modules is missing); the Electron binary download is skipped (github.com cannot be reached): npm start runs in browser mode.',
    );
    expect(lib.installLine(deps, { download: true, host: 'github.com' })).toBe(
      'Installing dependencies with npm ci (node_modules is missing); then the Electron binary from github.com.',
    );
    expect(skipped).not.toContain('\n');
  });
});
