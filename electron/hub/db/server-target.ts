import { HubDatabaseError } from './db-errors';

/** Where a `postgres://` URL points, for messages (never the password). */
export interface ServerTarget {
  host: string;
  port: number;
  user: string;
  database: string;
}

export function parseDatabaseUrl(url: string): ServerTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubDatabaseError(
      'the database URL is not a URL: expected postgres://ROLE:PASSWORD@HOST:PORT/DATABASE',
      'misuse',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new HubDatabaseError(
      `the database URL starts with ${parsed.protocol}// but must start with postgres:// ` +
        '(postgres://ROLE:PASSWORD@HOST:PORT/DATABASE)',
      'misuse',
    );
  }
  const user = decodeURIComponent(parsed.username);
  return {
    host: parsed.hostname || 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: user || (process.env.PGUSER ?? 'the current user'),
    database: decodeURIComponent(parsed.pathname.slice(1)) || user,
  };
}

export const describeTarget = (target: ServerTarget) =>
  `${target.host}:${target.port}/${target.database}`;
