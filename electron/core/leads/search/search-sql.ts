import type { LeadSearchQuery, LeadSortColumn } from '../../../../shared/domain/lead-search';
import { joinSql, rawSql, sql, sqlList, type SqlStatement } from '../../platform/store/sql';
import { columnWordsExpression, matchExpression } from './match-expression';

const ORDER_BY: Readonly<Record<LeadSortColumn, string>> = {
  added: 'id',
  name: 'last_name COLLATE NOCASE, first_name COLLATE NOCASE',
  company: 'company COLLATE NOCASE',
  phone: 'phone_e164',
  email: 'email COLLATE NOCASE',
  status: 'status',
  campaign: 'campaign_id',
  owner: 'owner COLLATE NOCASE',
  created: 'created_at',
  lastAttempt: 'last_attempt_at',
  attempts: 'attempt_count',
};

export const SEARCH_ROW_COLUMNS = `id, campaign_id, first_name, last_name, company, phone_e164,
  email, status, owner, created_at, last_attempt_at, attempt_count`;

/** The full-text part of a query as one MATCH expression; '' when it has none. */
function fullTextOf(query: LeadSearchQuery): string {
  return [matchExpression(query.text), columnWordsExpression('source', query.source ?? '')]
    .filter((part): part is string => part !== null)
    .map((part) => `(${part})`)
    .join(' ');
}

/**
 * A text search with no column filter, newest first (the screen's default): answered by the
 * index alone, which keeps its matches in docid (lead id) order, and then only the page's leads
 * are read. Anything else reads every match from leads to filter and sort it.
 */
function answeredByIndex(query: LeadSearchQuery, match: string): boolean {
  return (
    match !== '' &&
    query.sort === 'added' &&
    query.statuses.length === 0 &&
    query.campaignId === null &&
    query.owner === null &&
    query.createdFrom === null &&
    query.createdTo === null
  );
}

/** WHERE for a query: the full-text match as a docid set, then the column filters. */
export function searchWhere(query: LeadSearchQuery): SqlStatement {
  const match = fullTextOf(query);
  const conditions: SqlStatement[] = [];
  if (match !== '') {
    conditions.push(sql`id IN (SELECT docid FROM lead_search WHERE lead_search MATCH ${match})`);
  }
  if (query.statuses.length > 0) conditions.push(sql`status IN (${sqlList(query.statuses)})`);
  if (query.campaignId !== null) conditions.push(sql`campaign_id = ${query.campaignId}`);
  if (query.owner !== null) conditions.push(sql`owner = ${query.owner} COLLATE NOCASE`);
  if (query.createdFrom !== null) conditions.push(sql`created_at >= ${query.createdFrom}`);
  if (query.createdTo !== null) conditions.push(sql`created_at < ${query.createdTo}`);
  return conditions.length === 0 ? rawSql('') : sql`WHERE ${joinSql(conditions, ' AND ')}`;
}

export function searchPageStatement(query: LeadSearchQuery): SqlStatement {
  const direction = query.descending ? 'DESC' : 'ASC';
  const order = ORDER_BY[query.sort]
    .split(', ')
    .map((column) => `${column} ${direction}`)
    .concat(`id ${direction}`)
    .join(', ');
  return sql`SELECT ${rawSql(SEARCH_ROW_COLUMNS)} FROM leads ${searchWhere(query)}
    ORDER BY ${rawSql(order)} LIMIT ${query.limit} OFFSET ${query.offset}`;
}

export function searchCountStatement(query: LeadSearchQuery): SqlStatement {
  return sql`SELECT count(*) AS n FROM leads ${searchWhere(query)}`;
}

/**
 * The page and the number of matches in one evaluation of the MATCH (a window count over the
 * index's matches), for a query the index answers alone; null for any other query.
 */
export function indexedPageStatement(query: LeadSearchQuery): SqlStatement | null {
  const match = fullTextOf(query);
  if (!answeredByIndex(query, match)) return null;
  const direction = rawSql(query.descending ? 'DESC' : 'ASC');
  return sql`SELECT hits.total AS total, ${rawSql(SEARCH_ROW_COLUMNS)} FROM (
      SELECT docid, count(*) OVER () AS total FROM lead_search WHERE lead_search MATCH ${match}
      ORDER BY docid ${direction} LIMIT ${query.limit} OFFSET ${query.offset}) AS hits
    JOIN leads ON leads.id = hits.docid ORDER BY hits.docid ${direction}`;
}
