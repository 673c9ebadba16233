import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../../../../electron/core/platform/log/logger';
import { HUB_SCHEMA, migrate, type HubDatabase } from '../../../../electron/hub/db';
import { IntakeKeyStore } from '../../../../electron/hub/pool/intake/intake-key-store';
import { createIntakeRoutes } from '../../../../electron/hub/pool/intake/intake-routes';
import type { RateLimit } from '../../../../electron/hub/pool/intake/key-rate-limit';

export const TEAM_TOKEN = 'team-token-for-tests-0123456789';

export interface IntakeServer {
  url: string;
  /** Statements the lead API ran on the database (queries and transactions). */
  dbCalls: () => number;
  newKey(source: string): Promise<{ id: string; key: string }>;
  close(): Promise<void>;
}

/** The lead API alone on a free port, over a migrated database, its clock in the test's hands. */
export async function startIntakeServer(
  db: HubDatabase,
  options: { now: () => number; rate?: RateLimit; maxImportBytes?: number },
): Promise<IntakeServer> {
  await migrate(db, HUB_SCHEMA);
  let calls = 0;
  const counted: Pick<HubDatabase, 'query' | 'transaction'> = {
    query: (text, params) => {
      calls++;
      return db.query(text, params);
    },
    transaction: (fn) => {
      calls++;
      return db.transaction(fn);
    },
  };
  const api = createIntakeRoutes({
    db: counted,
    teamToken: TEAM_TOKEN,
    log: silentLogger,
    now: options.now,
    rate: options.rate,
    maxImportBytes: options.maxImportBytes,
  });
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://hub');
    if (!api(request, response, url)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const keys = new IntakeKeyStore(db);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dbCalls: () => calls,
    async newKey(source) {
      const made = await keys.create(source, options.now());
      return { id: made.record.id, key: made.key };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export async function postJson(
  url: string,
  body: unknown,
  auth: { key?: string; bearer?: string } = {},
): Promise<Answer> {
  return post(url, JSON.stringify(body), 'application/json', auth);
}

export async function post(
  url: string,
  body: string,
  type: string,
  auth: { key?: string; bearer?: string } = {},
): Promise<Answer> {
  const target = new URL(url);
  if (auth.key) target.searchParams.set('key', auth.key);
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': type,
      ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
    },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

export async function getJson(url: string, bearer: string): Promise<Answer> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}
