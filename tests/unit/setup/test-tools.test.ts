import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../support/chromium';
import { makeTempDir } from '../../support/temp-dir';
import { loadScript } from './load-script';

type Probe = { glob: string } | { command: string } | { chromium: true };
interface Tool {
  id: string;
  name: string;
  neededFor: string;
  apt: string[];
  find: Probe[];
}
type Found = { path: string } | { path: null; problem?: string };
type Plan =
  | { action: 'ready' }
  | { action: 'apt'; packages: string[] }
  | { action: 'playwright'; otherwise: string }
  | { action: 'stop'; message: string };
interface TestTools {
  TEST_TOOLS: Tool[];
  DEBIAN_CHROMIUM: string;
  pickChromium(facts: {
    override: string | undefined;
    exists: (file: string) => boolean;
    playwrightPath: string | null;
  }): Found;
  aptPackages(tools: Tool[]): string[];
  toolsPlan(facts: {
    missing: Tool[];
    problems: string[];
    isRoot: boolean;
    hasApt: boolean;
    canTryPlaywright: boolean;
  }): Plan;
}
interface FindTool {
  expandGlob(pattern: string): string[];
  findCommand(name: string, env?: Record<string, string | undefined>): string | null;
  findTool(tool: Tool, env?: Record<string, string | undefined>): Promise<Found>;
}

const lib = await loadScript<TestTools>('test-tools.mjs');
const finder = await loadScript<FindTool>('find-tool.mjs');

const tool = (id: string): Tool => {
  const found = lib.TEST_TOOLS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
};
const facts = {
  missing: [] as Tool[],
  problems: [] as string[],
  isRoot: true,
  hasApt: true,
  canTryPlaywright: true,
};

describe('the tools npm test needs beyond npm', () => {
  it('are Chromium, openssl and the servers of the SIP and PostgreSQL tests, each with its Debian package', () => {
    expect(lib.TEST_TOOLS.map((t) => t.id)).toEqual([
      'chromium',
      'openssl',
      'postgresql',
      'kamailio',
      'kamailio-websocket',
      'baresip',
      'sox',
    ]);
    expect(lib.aptPackages(lib.TEST_TOOLS)).toEqual([
      'chromium',
      'openssl',
      'postgresql',
      'kamailio',
      'kamailio-websocket-modules',
      'baresip-core',
      'sox',
    ]);
    for (const t of lib.TEST_TOOLS) expect(t.neededFor).not.toBe('');
  });

  it('lists each package once', () => {
    expect(lib.aptPackages([tool('sox'), tool('sox'), tool('baresip')])).toEqual([
      'sox',
      'baresip-core',
    ]);
  });
});

describe('what npm test does about missing tools', () => {
  it('goes on when nothing is missing', () => {
    expect(lib.toolsPlan(facts)).toEqual({ action: 'ready' });
    expect(lib.toolsPlan({ ...facts, isRoot: false, hasApt: false })).toEqual({ action: 'ready' });
  });

  it('installs what is missing with apt-get as root', () => {
    const missing = [tool('chromium'), tool('kamailio'), tool('kamailio-websocket')];
    expect(lib.toolsPlan({ ...facts, missing })).toEqual({
      action: 'apt',
      packages: ['chromium', 'kamailio', 'kamailio-websocket-modules'],
    });
  });

  it('stops when not root, naming what is missing, what needs it and the one command', () => {
    const plan = lib.toolsPlan({
      ...facts,
      missing: [tool('sox'), tool('baresip')],
      isRoot: false,
    });
    expect(plan.action).toBe('stop');
    const message = plan.action === 'stop' ? plan.message : '';
    expect(message).toContain('nothing was run');
    expect(message).toContain('SoX: tests of SIP call audio');
    expect(message).toContain('baresip: ');
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y sox baresip-core');
  });

  it('stops where there is no apt-get, naming the Debian command as a pointer', () => {
    const plan = lib.toolsPlan({
      ...facts,
      missing: [tool('postgresql')],
      isRoot: true,
      hasApt: false,
    });
    expect(plan).toMatchObject({ action: 'stop' });
    expect(plan.action === 'stop' && plan.message).toMatch(
      /your system's package manager; on Debian or Ubuntu:\n {2}sudo apt-get update && sudo apt-get install -y postgresql$/,
    );
  });

  it("tries Playwright's own Chromium when that is all that is missing and apt-get cannot be used", () => {
    const plan = lib.toolsPlan({ ...facts, missing: [tool('chromium')], isRoot: false });
    expect(plan).toMatchObject({ action: 'playwright' });
    expect(plan.action === 'playwright' && plan.otherwise).toContain('apt-get install -y chromium');
    expect(
      lib.toolsPlan({
        ...facts,
        missing: [tool('chromium')],
        isRoot: false,
        canTryPlaywright: false,
      }),
    ).toMatchObject({ action: 'stop' });
    expect(
      lib.toolsPlan({ ...facts, missing: [tool('chromium'), tool('sox')], isRoot: false }),
    ).toMatchObject({ action: 'stop' });
  });

  it('stops, even as root, when the environment names a tool that is not there', () => {
    const problem = 'DIALDECK_CHROMIUM is set to /opt/nope, which is not there';
    expect(lib.toolsPlan({ ...facts, missing: [tool('sox')], problems: [problem] })).toEqual({
      action: 'stop',
      message: `${problem}. Nothing was run.`,
    });
  });
});

describe('which Chromium the tests drive', () => {
  const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
  const pick = (override: string | undefined, present: string[]) =>
    lib.pickChromium({
      override,
      exists: (file) => present.includes(file),
      playwrightPath: PLAYWRIGHT,
    });

  it('DIALDECK_CHROMIUM first, then Debian’s, then Playwright’s own download', () => {
    expect(pick('/opt/chrome', ['/opt/chrome', lib.DEBIAN_CHROMIUM])).toEqual({
      path: '/opt/chrome',
    });
    expect(pick(undefined, [lib.DEBIAN_CHROMIUM, PLAYWRIGHT])).toEqual({
      path: lib.DEBIAN_CHROMIUM,
    });
    expect(pick(undefined, [PLAYWRIGHT])).toEqual({ path: PLAYWRIGHT });
    expect(pick(undefined, [])).toEqual({ path: null });
  });

  it('never falls back past a DIALDECK_CHROMIUM that is not there', () => {
    expect(pick('/opt/chrome', [lib.DEBIAN_CHROMIUM])).toEqual({
      path: null,
      problem: 'DIALDECK_CHROMIUM is set to /opt/chrome, which is not there',
    });
  });

  it('is the one tests/support/chromium.ts gives the tests', async () => {
    const found = await finder.findTool(tool('chromium'), process.env);
    expect(found.path).toBe(chromiumPath());
    const override = { ...process.env, DIALDECK_CHROMIUM: process.execPath };
    expect(await finder.findTool(tool('chromium'), override)).toEqual({ path: process.execPath });
    expect(chromiumPath(override)).toBe(process.execPath);
  });
});

describe('finding a tool', () => {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  afterEach(() => temp?.remove());

  it('expands * in one path segment, highest version first', () => {
    temp = makeTempDir('dialdeck-find-tool-');
    for (const version of ['9.6', '15', '16']) {
      fs.mkdirSync(path.join(temp.dir, 'postgresql', version, 'bin'), { recursive: true });
    }
    fs.writeFileSync(path.join(temp.dir, 'postgresql', '15', 'bin', 'postgres'), '');
    fs.writeFileSync(path.join(temp.dir, 'postgresql', '9.6', 'bin', 'postgres'), '');
    expect(finder.expandGlob(path.join(temp.dir, 'postgresql/*/bin/postgres'))).toEqual([
      path.join(temp.dir, 'postgresql/15/bin/postgres'),
      path.join(temp.dir, 'postgresql/9.6/bin/postgres'),
    ]);
    expect(finder.expandGlob(path.join(temp.dir, 'nothing/*/bin/postgres'))).toEqual([]);
  });

  it('finds a program on PATH only when it can be run', () => {
    temp = makeTempDir('dialdeck-find-tool-');
    const program = path.join(temp.dir, 'dialdeck-test-tool');
    fs.writeFileSync(program, '#!/bin/sh\n', { mode: 0o644 });
    expect(finder.findCommand('dialdeck-test-tool', { PATH: temp.dir })).toBeNull();
    fs.chmodSync(program, 0o755);
    expect(finder.findCommand('dialdeck-test-tool', { PATH: temp.dir })).toBe(program);
  });
});
