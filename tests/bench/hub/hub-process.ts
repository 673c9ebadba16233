import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** The hub as its own process, as on a real floor: `npm run hub`'s entry point, bundled. */
export class HubProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly errors: () => string,
  ) {}

  /** What the hub wrote to stderr (its warnings and errors) so far. */
  stderr(): string {
    return this.errors();
  }

  static start(
    entry: string,
    args: readonly string[],
    env: Record<string, string> = {},
  ): Promise<HubProcess> {
    const child = spawn(process.execPath, [entry, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    let errors = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (errors += chunk));
    return new Promise((resolve, reject) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const url = /Dialdeck hub ready: (\S+)/.exec(output)?.[1];
        if (url) resolve(new HubProcess(child, url, () => errors));
      });
      child.on('exit', (code) => reject(new Error(`The hub exited (${code}): ${errors}`)));
    });
  }

  /** CPU seconds and resident memory from /proc (Linux); null elsewhere. */
  usage(): { cpuSeconds: number; rssMb: number } | null {
    try {
      const stat = fs.readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
    } catch {
      return null;
    }
  }

  stop(): Promise<number | null> {
    return new Promise((resolve) => {
      this.child.once('exit', (code) => resolve(code));
      this.child.kill('SIGTERM');
    });
  }
}
