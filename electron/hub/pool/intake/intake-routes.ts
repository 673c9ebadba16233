import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_MAX_FILE_BYTES } from '../../../../shared/domain/import';
import { z } from 'zod';
import {
  dateOrderSchema,
  mappingOverrideSchema,
  phoneAcceptanceSchema,
} from '../../../../shared/ipc/lead-validators';
import { DomainError } from '../../../../shared/result';
import type { Logger } from '../../../core/platform/log/logger';
import { bearerSecret, secretsEqual } from '../../auth/rep-key';
import { GroupCommit, type HubDatabase } from '../../db';
import { importIntoPool, UnknownTeamCampaignError, type PoolImport } from './import-into-pool';
import { IntakeKeyCache } from './intake-key-cache';
import { IntakeKeyStore } from './intake-key-store';
import { replyError, replyJson } from './intake-reply';
import { KeyRateLimit, DEFAULT_INTAKE_RATE, type RateLimit } from './key-rate-limit';
import { postLead } from './lead-intake';
import { signalPool } from './store-pool-lead';
import { readLeadState } from './lead-state';
import { WEB_LEADS_CAMPAIGN_ID } from './team-campaign-lookup';

/** The pool's HTTP paths. */
export const INTAKE_PATHS = { leads: '/api/leads', imports: '/api/imports' } as const;

export interface IntakeRouteDeps {
  db: Pick<HubDatabase, 'query' | 'transaction'>;
  teamToken: string;
  log: Logger;
  now: () => number;
  rate?: RateLimit;
  /** A CSV import's largest body; the importer's file limit unless a test sets a small one. */
  maxImportBytes?: number;
}

const LEAD_PATH = /^\/api\/leads\/([0-9a-f-]{36})$/;

/**
 * The hub's lead API: `POST /api/leads` (intake key), `GET /api/leads/<id>` and
 * `POST /api/imports` (team token, like a supervisor's floor connection). Returns the handler,
 * which answers false for a path that is not the API's.
 */
export function createIntakeRoutes(deps: IntakeRouteDeps) {
  const keys = new IntakeKeyCache(new IntakeKeyStore(deps.db), deps.now);
  const limit = new KeyRateLimit(deps.rate ?? DEFAULT_INTAKE_RATE, deps.now);
  const intake = {
    batcher: new GroupCommit(deps.db, { finish: signalPool }),
    keys,
    limit,
    now: deps.now,
  };

  const route = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname === INTAKE_PATHS.leads) {
      if (request.method !== 'POST') return notAllowed(response, 'POST');
      return postLead(intake, request, response, url);
    }
    if (!isTeam(request, deps.teamToken)) {
      return replyError(
        response,
        401,
        'bad-token',
        'Send the team token as "Authorization: Bearer <token>".',
      );
    }
    const lead = LEAD_PATH.exec(url.pathname);
    if (lead) {
      if (request.method !== 'GET') return notAllowed(response, 'GET');
      const state = await readLeadState(deps.db, lead[1]!);
      if (!state) return replyError(response, 404, 'not-found', 'No lead has this id.');
      return replyJson(response, 200, state);
    }
    if (url.pathname === INTAKE_PATHS.imports) {
      if (request.method !== 'POST') return notAllowed(response, 'POST');
      return importCsv(deps, request, response, url);
    }
    replyError(response, 404, 'not-found', `No ${url.pathname} on this hub.`);
  };

  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) return false;
    route(request, response, url).catch((error: unknown) => {
      deps.log.warn('hub lead API failed', { path: url.pathname, error: (error as Error).message });
      if (!response.headersSent) {
        replyError(
          response,
          503,
          'unavailable',
          'The hub could not store or read this now; nothing was stored. Retry shortly.',
        );
      }
    });
    return true;
  };
}

function isTeam(request: IncomingMessage, teamToken: string): boolean {
  const presented = bearerSecret(request.headers.authorization);
  return presented !== null && secretsEqual(presented, teamToken);
}

function notAllowed(response: ServerResponse, allow: string): void {
  replyError(response, 405, 'method-not-allowed', `Use ${allow} here.`, [], { allow });
}

async function importCsv(
  deps: IntakeRouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const maxBytes = deps.maxImportBytes ?? IMPORT_MAX_FILE_BYTES;
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    return replyError(response, 413, 'too-large', 'The file is over the import size limit.', [], {
      connection: 'close',
    });
  }
  const params = url.searchParams;
  const reading = readingOf(params);
  if (!reading.ok) return replyError(response, 400, 'invalid-file', reading.message);
  try {
    const result = await importIntoPool(deps.db, {
      campaignId: params.get('campaign') || WEB_LEADS_CAMPAIGN_ID,
      fileName: params.get('fileName') || 'upload.csv',
      source: atMost(request, maxBytes),
      defaultCountry: params.get('defaultCountry'),
      dateTimeZone: params.get('dateTimeZone') || 'UTC',
      reading: reading.value,
      now: deps.now,
    });
    replyJson(response, 200, result);
  } catch (error) {
    if (error instanceof UnknownTeamCampaignError || error instanceof DomainError) {
      return replyError(response, 400, 'invalid-file', error.message);
    }
    throw error;
  }
}

/** The import wizard's reading of the file (mapping, date order, numbers accepted), validated. */
function readingOf(
  params: URLSearchParams,
): { ok: true; value: NonNullable<PoolImport['reading']> } | { ok: false; message: string } {
  const parsed = importReadingSchema.safeParse({
    mappingOverride: jsonOf(params.get('mapping')),
    dateOrder: params.get('dateOrder') ?? undefined,
    phoneAcceptance: params.get('phoneAcceptance') ?? undefined,
  });
  if (parsed.success) return { ok: true, value: withoutUndefined(parsed.data) };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return { ok: false, message: `The file's reading is not usable (${problems.join('; ')}).` };
}

const importReadingSchema = z.object({
  mappingOverride: mappingOverrideSchema.optional(),
  dateOrder: dateOrderSchema.optional(),
  phoneAcceptance: phoneAcceptanceSchema.optional(),
});

function jsonOf(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The body, refused once it passes `maxBytes` (a client may send no length, or a wrong one). */
async function* atMost(body: AsyncIterable<Uint8Array>, maxBytes: number) {
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new DomainError(
        'invalid-argument',
        `The file is over ${maxBytes} bytes, the import size limit; nothing was imported.`,
      );
    }
    yield chunk;
  }
}
