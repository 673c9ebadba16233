import { HubDatabaseError } from './db-errors';
import type { ServerTarget } from './server-target';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Turns a failure to connect into what a person can do about it. Errors from SQL itself (a
 * constraint, a syntax error) are not connection failures and are returned unchanged.
 */
export function connectionError(error: unknown, target: ServerTarget): unknown {
  const code = codeOf(error);
  const where = `${target.host}:${target.port}`;
  const detail = messageOf(error);
  if (UNREACHABLE.has(code) || /timeout|terminated unexpectedly/i.test(detail)) {
    return new HubDatabaseError(
      `cannot reach the database at ${where} (${code || detail}): check the host and port in the ` +
        'database URL, and that PostgreSQL is running there and accepts TCP connections',
      'unreachable',
      { cause: error },
    );
  }
  if (code === '28P01' || code === '28000') {
    return new HubDatabaseError(
      `the database refused the login for role ${target.user} at ${where} (${detail}): check ` +
        "the role's name and password in the database URL, and pg_hba.conf on the server",
      'login-refused',
      { cause: error },
    );
  }
  if (code === '3D000') {
    return new HubDatabaseError(
      `the database "${target.database}" does not exist at ${where}: create it ` +
        `(CREATE DATABASE ${target.database} OWNER ${target.user}), see docs/HUB-DATABASE.md`,
      'no-such-database',
      { cause: error },
    );
  }
  if (/SSL|TLS|certificate/i.test(detail) || code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return new HubDatabaseError(
      `the TLS connection to the database at ${where} failed (${detail}): check sslmode in the ` +
        "database URL and the server's certificate (or the CA given to the hub)",
      'unreachable',
      { cause: error },
    );
  }
  return error;
}
