import http from 'node:http';
import https from 'node:https';
import { parseHubAddresses } from '../../../../shared/floor/hub-addresses';
import type { KpiReport, KpiReportQuery } from '../../../../shared/reports/kpi-report';
import { DomainError } from '../../../../shared/result';

export interface KpiReportRequest {
  /** As the hub setting holds it: one address, or several nodes of one floor, comma-separated. */
  hubUrl: string;
  teamToken: string;
  /** A hub whose certificate is self-signed: trust exactly this one. */
  ca?: string | Buffer;
  query: KpiReportQuery;
}

/** A report is read, never written: any node will do, and a slow one is given up on. */
const REPORT_DEADLINE_MS = 30_000;
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The team's report from a hub that runs elsewhere (`GET /api/reports/kpis`, team token).
 * Throws a DomainError a person can act on when no node answers or the hub refuses the query.
 */
export async function fetchKpiReport(request: KpiReportRequest): Promise<KpiReport> {
  const addresses = parseHubAddresses(request.hubUrl);
  let lastError: unknown = new Error('no hub address is set');
  for (const address of addresses) {
    try {
      return answerOf(await get(reportUrl(address, request.query), request));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      lastError = error;
      if (!NOT_CONNECTED.has((error as NodeJS.ErrnoException).code ?? '')) break;
    }
  }
  throw new DomainError(
    'unavailable',
    `Cannot read the report from the hub at ${request.hubUrl}: ${(lastError as Error).message}.`,
  );
}

function reportUrl(address: string, query: KpiReportQuery): URL {
  const target = new URL('/api/reports/kpis', address.replace(/^ws(s?):/, 'http$1:'));
  target.searchParams.set('from', query.from);
  target.searchParams.set('to', query.to);
  if (query.period !== null) {
    target.searchParams.set('by', query.period);
    if (query.breakdown !== null) target.searchParams.set('breakdown', query.breakdown);
  } else {
    target.searchParams.set('by', query.breakdown ?? 'week');
  }
  return target;
}

function answerOf({ status, body }: { status: number; body: string }): KpiReport {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not JSON: reported below by its status.
  }
  if (status === 200 && parsed !== null && typeof parsed === 'object' && 'rows' in parsed) {
    return parsed as KpiReport;
  }
  const message =
    parsed !== null && typeof parsed === 'object' && 'error' in parsed
      ? (parsed as { error: { message: string } }).error.message
      : `HTTP ${status}`;
  throw new DomainError(
    status === 400 ? 'invalid-argument' : 'unavailable',
    `The hub did not answer the report: ${message}`,
  );
}

function get(target: URL, request: KpiReportRequest): Promise<{ status: number; body: string }> {
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? https : http).get(
      target,
      {
        headers: { authorization: `Bearer ${request.teamToken}`, accept: 'application/json' },
        timeout: REPORT_DEADLINE_MS,
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
    outgoing.on('timeout', () => outgoing.destroy(new Error('the hub did not answer in time')));
    outgoing.on('error', reject);
  });
}
