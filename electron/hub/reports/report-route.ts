import type { IncomingMessage, ServerResponse } from 'node:http';
import { reportCsv } from '../../../shared/reports';
import type { Logger } from '../../core/platform/log/logger';
import { bearerSecret, secretsEqual } from '../auth/rep-key';
import { replyError, replyJson } from '../pool/intake/intake-reply';
import { parseReportRequest } from './report-request';
import type { ReportService } from './report-service';

export const REPORT_PATHS = { kpis: '/api/reports/kpis' } as const;

export interface ReportRouteDeps {
  reports: Pick<ReportService, 'kpis'>;
  teamToken: string;
  log: Logger;
}

/**
 * `GET /api/reports/kpis` for BI tools and the supervisor's app (team token): the report as
 * JSON, or its rows as CSV when the request accepts text/csv. Returns the handler, which
 * answers false for any other path.
 */
export function createReportRoute(deps: ReportRouteDeps) {
  const route = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const presented = bearerSecret(request.headers.authorization);
    if (presented === null || !secretsEqual(presented, deps.teamToken)) {
      return replyError(
        response,
        401,
        'bad-token',
        'Send the team token as "Authorization: Bearer <token>".',
      );
    }
    if (request.method !== 'GET') {
      return replyError(response, 405, 'method-not-allowed', 'Use GET here.', [], { allow: 'GET' });
    }
    const parsed = parseReportRequest(url.searchParams);
    if (!parsed.ok) {
      return replyError(response, 400, 'invalid-query', parsed.message, [
        { field: parsed.field, problem: parsed.message },
      ]);
    }
    const report = await deps.reports.kpis(parsed.query);
    if (wantsCsv(request)) {
      response
        .writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="kpis-${parsed.query.from}-${parsed.query.to}.csv"`,
          'cache-control': 'no-store',
        })
        .end(reportCsv(report.rows));
      return;
    }
    replyJson(response, 200, report);
  };

  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== REPORT_PATHS.kpis) return false;
    route(request, response, url).catch((error: unknown) => {
      deps.log.warn('hub report failed', { error: (error as Error).message });
      if (!response.headersSent) {
        replyError(
          response,
          503,
          'unavailable',
          'The hub could not read the report now. Retry shortly.',
        );
      }
    });
    return true;
  };
}

function wantsCsv(request: IncomingMessage): boolean {
  return /\btext\/csv\b/i.test(request.headers.accept ?? '');
}
