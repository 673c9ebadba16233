import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

/** A program the rig started: its output goes to a log file and can be waited on line by line. */
export interface RigProcess {
  name: string;
  logFile: string;
  /** Resolves with the first line (past or future) matching `pattern`; fails if the program exits first or the limit passes. */
  waitForLine(pattern: RegExp, limitMs: number): Promise<string>;
  /** Tells each line of its output as it comes. */
  onLine(listener: (line: string) => void): void;
  /** SIGTERM, then SIGKILL if it has not exited within the limit. */
  stop(limitMs?: number): Promise<void>;
}

const SETPRIV = '/usr/bin/setpriv';

// baresip colours its warnings even into a pipe.
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function startRigProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; logFile: string },
): RigProcess {
  const log = fs.createWriteStream(options.logFile);
  // With util-linux's setpriv the program gets SIGTERM if the rig's process dies without
  // stopping it (killed, crashed), instead of living on with its ports.
  const [program, programArgs] = fs.existsSync(SETPRIV)
    ? [SETPRIV, ['--pdeathsig', 'TERM', '--', command, ...args]]
    : [command, args];
  const child = spawn(program, programArgs, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  let spawnError: Error | null = null;
  const exit = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      spawnError = error;
      resolve();
    });
    child.once('exit', () => resolve());
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(log, { end: false });
    readline.createInterface({ input: stream }).on('line', (raw) => {
      const line = raw.replace(ANSI_COLOURS, '');
      lines.push(line);
      for (const watcher of watchers) watcher(line);
    });
  }
  void exit.then(() => log.end());

  const failure = (why: string) =>
    new Error(`${name} ${why}\n--- ${options.logFile} ---\n${tail(options.logFile)}`);

  return {
    name,
    logFile: options.logFile,
    onLine: (listener) => watchers.add(listener),
    waitForLine(pattern, limitMs) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const done = () => {
          watchers.delete(watcher);
          clearTimeout(timer);
        };
        const watcher = (line: string) => {
          if (!pattern.test(line)) return;
          done();
          resolve(line);
        };
        const timer = setTimeout(() => {
          done();
          reject(failure(`printed no line matching ${String(pattern)} within ${limitMs} ms`));
        }, limitMs);
        watchers.add(watcher);
        void exit.then(() => {
          if (!watchers.has(watcher)) return;
          done();
          const cause = spawnError ? `could not start: ${spawnError.message}` : 'exited';
          reject(failure(`${cause} before printing a line matching ${String(pattern)}`));
        });
      });
    },
    async stop(limitMs = 5_000) {
      if (exited(child) || spawnError) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
      await exit;
      clearTimeout(timer);
    },
  };
}
