import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A child process the fault test starts, kills and restarts. It reports progress as lines
 * (`enq 12`, `acked 10`, `ready http://…`); the test waits on those lines, never on time.
 */
export class Child {
  private readonly counters = new Map<string, number>();
  private readonly waiters = new Set<{
    check: () => boolean;
    resolve: () => void;
    reject: (e: Error) => void;
  }>();
  private readonly lines: string[] = [];
  private stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly process: ChildProcess) {
    let buffered = '';
    process.stdout?.setEncoding('utf8');
    process.stderr?.setEncoding('utf8');
    process.stderr?.on('data', (chunk: string) => (this.stderr += chunk));
    process.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) this.receive(line);
    });
    this.exited = new Promise((resolve) => {
      process.on('exit', (code, signal) => {
        for (const waiter of this.waiters) {
          waiter.reject(
            new Error(`child exited (${code ?? signal}) while awaited:\n${this.stderr}`),
          );
        }
        this.waiters.clear();
        resolve({ code, signal });
      });
    });
  }

  private static readonly running = new Set<Child>();

  /** Kills every child still running: a failed test must not leave processes behind. */
  static async killAll(): Promise<void> {
    await Promise.all([...Child.running].map((child) => child.kill('SIGKILL')));
  }

  static start(file: string, args: readonly string[], env: Record<string, string> = {}): Child {
    const child = new Child(
      spawn(process.execPath, [file, ...args], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    Child.running.add(child);
    void child.exited.then(() => Child.running.delete(child));
    return child;
  }

  /** The highest number seen after `prefix ` (e.g. the last `acked N`). */
  count(prefix: string): number {
    return this.counters.get(prefix) ?? 0;
  }

  /** Resolves once a `prefix N` line with N ≥ target has been printed (at once if it was). */
  reach(prefix: string, target: number): Promise<void> {
    return this.until(() => this.count(prefix) >= target);
  }

  /** Resolves with the first line (printed so far or later) that matches. */
  async line(pattern: RegExp): Promise<RegExpMatchArray> {
    await this.until(() => this.lines.some((line) => pattern.test(line)));
    return this.lines.find((line) => pattern.test(line))!.match(pattern)!;
  }

  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.process.exitCode === null && this.process.signalCode === null)
      this.process.kill(signal);
    return this.exited;
  }

  private until(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.add({ check, resolve, reject }));
  }

  private receive(line: string): void {
    this.lines.push(line);
    const match = /^(\w+) (\d+)$/.exec(line);
    if (match) this.counters.set(match[1]!, Math.max(this.count(match[1]!), Number(match[2])));
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }
}
