import { createLogger, type Logger } from '../../electron/core/platform/log/logger';

export interface LogLine {
  level: string;
  message: string;
  [field: string]: unknown;
}

/** A logger whose lines a test reads, or waits for: the line is the event, never a sleep. */
export class LogRecorder {
  readonly lines: LogLine[] = [];
  readonly logger: Logger;
  private readonly waiters = new Set<{ match: (line: LogLine) => boolean; resolve: () => void }>();

  constructor() {
    this.logger = createLogger((_level, text) => {
      const line = JSON.parse(text) as LogLine;
      this.lines.push(line);
      for (const waiter of [...this.waiters]) {
        if (!waiter.match(line)) continue;
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    });
  }

  /** Resolves once a line with this message (logged so far or later) matches. */
  async until(message: string, match: (line: LogLine) => boolean = () => true): Promise<LogLine> {
    const test = (line: LogLine) => line.message === message && match(line);
    if (!this.lines.some(test)) {
      await new Promise<void>((resolve) => this.waiters.add({ match: test, resolve }));
    }
    return this.lines.find(test)!;
  }

  /** Every line as one text, to check that a secret never reached the log. */
  text(): string {
    return JSON.stringify(this.lines);
  }
}
