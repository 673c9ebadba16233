export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** Registers a secret value: it is masked in every line logged from now on. */
  redact(secret: string): void;
}

export type LogSink = (level: LogLevel, line: string) => void;

/** Lines are JSON; any registered secret is masked even if code passes it by mistake. */
export function createLogger(sink: LogSink, now: () => number = Date.now): Logger {
  const secrets = new Set<string>();
  const mask = (text: string) => {
    let masked = text;
    for (const secret of secrets) masked = masked.split(secret).join('[redacted]');
    return masked;
  };
  const log = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({ at: new Date(now()).toISOString(), level, message, ...fields });
    sink(level, mask(line));
  };
  return {
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    redact(secret) {
      if (secret.length >= 4) secrets.add(secret);
    },
  };
}

export const consoleSink: LogSink = (level, line) => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

export const silentLogger: Logger = createLogger(() => undefined);
