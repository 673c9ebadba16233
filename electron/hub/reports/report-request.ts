import type { KpiReportQuery } from '../../../shared/reports';
import {
  REPORT_BREAKDOWNS,
  REPORT_GROUPINGS,
  REPORT_PERIODS,
  queryOfGrouping,
  reportQueryProblem,
} from '../../../shared/reports';

export type ParsedReportRequest =
  { ok: true; query: KpiReportQuery } | { ok: false; field: string; message: string };

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD&by=day|week|rep|source|campaign[&breakdown=rep|source|campaign]`:
 * `breakdown` splits each day or week of a period report by a group (the screen's trend by group).
 */
export function parseReportRequest(params: URLSearchParams): ParsedReportRequest {
  const from = params.get('from');
  const to = params.get('to');
  const by = params.get('by');
  if (!from) return problem('from', 'Give the first day as from=YYYY-MM-DD.');
  if (!to) return problem('to', 'Give the last day as to=YYYY-MM-DD.');
  if (!by || !isOneOf(by, REPORT_GROUPINGS)) {
    return problem(
      'by',
      `${by ? `Unknown grouping "${by}"` : 'Give a grouping'}: by=${REPORT_GROUPINGS.join('|')}.`,
    );
  }
  const breakdown = params.get('breakdown');
  if (breakdown !== null) {
    if (!isOneOf(by, REPORT_PERIODS)) {
      return problem('breakdown', `breakdown splits a period: use it with by=day or by=week.`);
    }
    if (!isOneOf(breakdown, REPORT_BREAKDOWNS)) {
      return problem(
        'breakdown',
        `Unknown breakdown "${breakdown}": breakdown=${REPORT_BREAKDOWNS.join('|')}.`,
      );
    }
  }
  const query = queryOfGrouping(from, to, by, breakdown);
  const invalid = reportQueryProblem(query);
  if (invalid) return problem(invalid.startsWith('"from"') ? 'from' : 'to', invalid);
  return { ok: true, query };
}

function problem(field: string, message: string): ParsedReportRequest {
  return { ok: false, field, message };
}

function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value);
}
