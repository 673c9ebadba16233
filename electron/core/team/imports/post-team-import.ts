import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type {
  DateOrder,
  ImportIssue,
  ImportReport,
  MappingOverride,
  PhoneAcceptance,
} from '../../../../shared/domain/import';
import { parseHubAddresses } from '../../../../shared/floor/hub-addresses';
import { DomainError } from '../../../../shared/result';

/** A CSV for a team campaign, as the hub's `POST /api/imports` takes it (team token). */
export interface TeamImportRequest {
  /** As the hub setting holds it: one address, or several nodes of one floor, comma-separated. */
  hubUrl: string;
  teamToken: string;
  /** A hub whose certificate is self-signed: trust exactly this one. */
  ca?: string;
  filePath: string;
  fileName: string;
  campaignId: string;
  defaultCountry: string | null;
  /** IANA zone of the file's date-times without an offset (the importing computer's). */
  dateTimeZone: string;
  mappingOverride?: MappingOverride;
  dateOrder?: DateOrder | 'auto';
  phoneAcceptance?: PhoneAcceptance;
}

/** The file and how to read it; the app adds the hub's address and the team token. */
export type TeamImportFile = Omit<TeamImportRequest, 'hubUrl' | 'teamToken' | 'ca'>;

/** Whatever sends a file to the team's hub (the supervisor's hosted or followed hub). */
export type TeamImporter = (file: TeamImportFile) => Promise<TeamImportAnswer>;

export interface TeamImportAnswer {
  report: ImportReport;
  issues: ImportIssue[];
}

/**
 * Sends the file to the hub, which imports it all or nothing with the importer and answers the
 * local import's report. Throws a DomainError naming why when the hub refuses the file or cannot
 * be reached: then nothing was imported.
 */
export async function postTeamImport(request: TeamImportRequest): Promise<TeamImportAnswer> {
  const size = (await fs.promises.stat(request.filePath)).size;
  const { status, body } = await sendToSomeNode(request, size).catch((error: unknown) => {
    const { message, code } = error as NodeJS.ErrnoException;
    // A connection that broke once the file was on its way may have been committed before.
    const outcome = NOT_CONNECTED.has(code ?? '')
      ? 'Nothing was imported.'
      : 'Look at the team campaign before importing the file again.';
    throw new DomainError(
      'unavailable',
      `Cannot reach the hub at ${request.hubUrl}: ${message}. ${outcome}`,
    );
  });
  const answer = parseAnswer(body);
  if (status !== 200 || !answer || !('report' in answer)) {
    const why = answer && 'error' in answer ? answer.error.message : `HTTP ${status}.`;
    throw new DomainError(
      status === 400 ? 'invalid-argument' : 'unavailable',
      `The hub did not import ${request.fileName}: ${why} Nothing was imported.`,
    );
  }
  return answer;
}

/**
 * Several hub nodes of one floor share the pool: the next is tried only when one could not be
 * connected to at all, so a file is never sent twice.
 */
async function sendToSomeNode(
  request: TeamImportRequest,
  size: number,
): Promise<{ status: number; body: string }> {
  const addresses = parseHubAddresses(request.hubUrl);
  for (const [index, address] of addresses.entries()) {
    try {
      return await send(importUrl(address, request), request, size);
    } catch (error) {
      const last = index === addresses.length - 1;
      if (last || !NOT_CONNECTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  throw new Error('no hub address is set');
}

const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

/** `POST /api/imports` on one hub node (a socket address ws(s):// names the same server). */
function importUrl(address: string, request: TeamImportRequest): URL {
  const target = new URL('/api/imports', address.replace(/^ws(s?):/, 'http$1:'));
  const params = target.searchParams;
  params.set('campaign', request.campaignId);
  params.set('fileName', request.fileName);
  if (request.defaultCountry !== null) params.set('defaultCountry', request.defaultCountry);
  params.set('dateTimeZone', request.dateTimeZone);
  if (request.mappingOverride) params.set('mapping', JSON.stringify(request.mappingOverride));
  if (request.dateOrder) params.set('dateOrder', request.dateOrder);
  if (request.phoneAcceptance) params.set('phoneAcceptance', request.phoneAcceptance);
  return target;
}

type HubAnswer = TeamImportAnswer | { error: { message: string } };

function parseAnswer(body: string): HubAnswer | null {
  try {
    return JSON.parse(body) as HubAnswer;
  } catch {
    return null;
  }
}

function send(
  target: URL,
  request: TeamImportRequest,
  size: number,
): Promise<{ status: number; body: string }> {
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? https : http).request(
      target,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${request.teamToken}`,
          'content-type': 'text/csv',
          'content-length': size,
        },
        ...(secure && request.ca ? { ca: request.ca } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    const file = fs.createReadStream(request.filePath);
    file.on('error', (error) => outgoing.destroy(error));
    file.pipe(outgoing);
  });
}
