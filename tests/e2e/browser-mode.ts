import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

export interface BrowserModeApp {
  url: string;
  dataDir: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Tuesday 12:00 in New York, 17:00 in London: every demo lead is inside its calling window. */
export const DEMO_WORKDAY = '2026-11-24T17:00:00Z';

/** A seeded, fast simulated line whose calls end as `outcomes` says, in turn, on the workday clock. */
export function scriptedLine(outcomes: string, seed = '7', clockStart = DEMO_WORKDAY): string[] {
  return [
    '--sim-seed',
    seed,
    '--sim-speed',
    'fast',
    '--sim-outcomes',
    outcomes,
    '--sim-clock-start',
    clockStart,
  ];
}

export interface StartOptions {
  dataDir?: string;
  args?: string[];
  /**
   * Show the first-run setup on a new data folder. Otherwise the app starts as a rep who has
   * done it: a name on the command line (`--rep-name`, Alex Morgan unless the test gives one).
   */
  firstRun?: boolean;
}

function withRepName(options: StartOptions): string[] {
  const args = options.args ?? [];
  return options.firstRun || args.includes('--rep-name')
    ? args
    : ['--rep-name', 'Alex Morgan', ...args];
}

/**
 * Starts browser mode exactly as a user would (same entry point as `npm run start:browser`), in
 * its own data folder, and resolves when it prints its URL: no sleeps, no polling.
 */
export function startBrowserMode(options: StartOptions = {}): Promise<BrowserModeApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/browser/main.ts',
      '--data-dir',
      dataDir,
      '--port',
      '0',
      ...withRepName(options),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        resolve({
          url: match[1],
          dataDir,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
  });
}

/**
 * Browser mode started before each test of the file that calls this, and stopped after it; the
 * returned function gives the running app inside a test.
 */
export function browserModeForEachTest(options: StartOptions = {}): () => BrowserModeApp {
  let app: BrowserModeApp | undefined;
  test.beforeEach(async () => {
    app = await startBrowserMode(options);
  });
  test.afterEach(async () => {
    await app?.stop();
  });
  return () => {
    if (!app) throw new Error('Browser mode did not start before this test');
    return app;
  };
}
