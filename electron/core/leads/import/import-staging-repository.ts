import { rawSql, sql, type SqlStatement, type SqlValue } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import type { StagedFields } from '../lead-column-types';
import {
  STAGED_LEAD_COLUMNS,
  STAGED_LEAD_COLUMN_NAMES,
  stagingDefinition,
} from '../staged-lead-columns';

/** A new lead of the file as staged (merges into the campaign's leads are settled later). */
export type StagedLead = Omit<StagedFields, 'campaignId' | 'status'> & {
  sourceRow: number;
  status: 'new' | 'held';
};

/** Fields a later duplicate row fills in a lead staged earlier (only what was empty). */
export interface StagedFill {
  sourceRow: number;
  firstName?: string;
  lastName?: string;
  company?: string;
  phoneExtension?: string | null;
  email?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  owner?: string | null;
  notes?: string | null;
  source?: string | null;
  createdAt?: number;
  timeZone?: string | null;
  custom: Record<string, string>;
}

/** A staged row whose number the store already knows. */
export interface StagedOnRecord {
  source_row: number;
  phone_e164: string;
  /** The campaign's lead with this number and the same person (see samePersonSql), if any. */
  lead_id: number | null;
  /** A lead of the campaign with this number, of a different person, when none is the same. */
  sharing_lead_id: number | null;
  dnc_added_at: number | null;
}

const STAGED_COLUMNS = ['source_row', 'kind', 'merge_into', ...STAGED_LEAD_COLUMN_NAMES] as const;

/** The lead columns an import writes, in the same order as their staged columns. */
const LEAD_COLUMNS_FROM_STAGING = rawSql(STAGED_LEAD_COLUMN_NAMES.join(', '));

/** The staged columns each row gives, in the order pushValues gives them. */
const ROW_COLUMNS = STAGED_COLUMNS.filter(
  (column) => column !== 'kind' && column !== 'merge_into' && column !== 'campaign_id',
);

// kind 'new': the row becomes a lead · 'merge': it fills the empty fields of lead merge_into.
const CREATE_TABLE = rawSql(
  `CREATE TABLE import_rows (
    source_row INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    merge_into INTEGER,
    ${STAGED_LEAD_COLUMNS.map(stagingDefinition).join(',\n    ')}
  )`,
);

/** Rows per INSERT: one statement text for every full batch, so the store prepares it once. */
const ROWS_PER_INSERT = 100;

// Every row is a new lead of the import's campaign (?1), the rest of its values follow.
const insertInto = (rows: number) =>
  rawSql(
    `INSERT INTO import_rows (campaign_id, kind, merge_into, ${ROW_COLUMNS.join(', ')}) VALUES ` +
      Array.from(
        { length: rows },
        () => `(?1, 'new', NULL, ${ROW_COLUMNS.map(() => '?').join(',')})`,
      ).join(','),
  );
const INSERT_FULL_BATCH = insertInto(ROWS_PER_INSERT);
const INSERT_ONE = insertInto(1);

/**
 * The import's staging table: `import_rows`, created when a commit starts and dropped by the move
 * (one commit runs at a time). Rows go in chunk by chunk as the file is read, each chunk one
 * durable write, appended in file order to a table keyed by the row number; then one write moves
 * them into leads and drops the table. Nothing outside this table changes until that move, so a
 * failure or a cancel midway leaves the store as it was once the table is dropped.
 */
export const ImportStagingRepository = {
  createStatements(): SqlStatement[] {
    return [ImportStagingRepository.dropStatement(), CREATE_TABLE];
  },

  /** New leads of the campaign, staged with as few statements as their number allows. */
  insertStatements(campaignId: string, rows: readonly StagedLead[]): SqlStatement[] {
    const statements: SqlStatement[] = [];
    let at = 0;
    for (; at + ROWS_PER_INSERT <= rows.length; at += ROWS_PER_INSERT) {
      const params: SqlValue[] = [campaignId];
      for (let row = at; row < at + ROWS_PER_INSERT; row++) pushValues(params, rows[row]!);
      statements.push({ text: INSERT_FULL_BATCH.text, params });
    }
    for (; at < rows.length; at++) {
      const params: SqlValue[] = [campaignId];
      pushValues(params, rows[at]!);
      statements.push({ text: INSERT_ONE.text, params });
    }
    return statements;
  },

  /** Fills what a later duplicate row had and the staged row lacked; a zone found lifts the hold. */
  fillStatement(fill: StagedFill): SqlStatement {
    const zone = fill.timeZone ?? null;
    const createdAt = fill.createdAt ?? null;
    return sql`UPDATE import_rows SET
        first_name = coalesce(${fill.firstName ?? null}, first_name),
        last_name = coalesce(${fill.lastName ?? null}, last_name),
        company = coalesce(${fill.company ?? null}, company),
        phone_extension = coalesce(phone_extension, ${fill.phoneExtension ?? null}),
        email = coalesce(email, ${fill.email ?? null}),
        region = coalesce(region, ${fill.region ?? null}),
        postal_code = coalesce(postal_code, ${fill.postalCode ?? null}),
        country = coalesce(country, ${fill.country ?? null}),
        calling_regions = '',
        owner = coalesce(owner, ${fill.owner ?? null}),
        notes = coalesce(notes, ${fill.notes ?? null}),
        source = coalesce(source, ${fill.source ?? null}),
        custom_json = json_patch(${JSON.stringify(fill.custom)}, custom_json),
        created_at = coalesce(${createdAt}, created_at),
        time_zone = coalesce(time_zone, ${zone}),
        status = CASE WHEN ${zone} IS NOT NULL AND status = 'held' THEN 'new' ELSE status END,
        hold_reason = CASE WHEN ${zone} IS NOT NULL THEN NULL ELSE hold_reason END,
        queue_tier = CASE WHEN ${zone} IS NOT NULL AND kind = 'new' THEN 2 ELSE queue_tier END,
        queue_due_at = CASE WHEN (${zone} IS NOT NULL AND kind = 'new') OR queue_tier IS NOT NULL
          THEN coalesce(${createdAt}, created_at) ELSE queue_due_at END
      WHERE source_row = ${fill.sourceRow}`;
  },

  /**
   * The staged rows whose number is already a lead of the campaign (the same person's, to merge
   * into, or only someone else's) or on the DNC list. Both look-ups seek leads_by_campaign_phone.
   */
  stagedOnRecord(store: Store, campaignId: string): Promise<StagedOnRecord[]> {
    return store.all<StagedOnRecord>(
      sql`SELECT * FROM (
            SELECT s.source_row, s.phone_e164,
              (SELECT l.id FROM leads l
                WHERE l.campaign_id = ${campaignId} AND l.phone_e164 = s.phone_e164
                  AND ${samePersonSql} ORDER BY l.id LIMIT 1) AS lead_id,
              (SELECT l.id FROM leads l
                WHERE l.campaign_id = ${campaignId} AND l.phone_e164 = s.phone_e164
                ORDER BY l.id LIMIT 1) AS sharing_lead_id,
              d.added_at AS dnc_added_at
            FROM import_rows s
            LEFT JOIN dnc d ON d.phone_e164 = s.phone_e164)
          WHERE sharing_lead_id IS NOT NULL OR dnc_added_at IS NOT NULL
          ORDER BY source_row`,
    );
  },

  /**
   * Rows that merge into a campaign lead are marked with it; rows on the DNC list are dropped.
   * Each is one statement over a JSON list, however many rows it names.
   */
  settleStatements(
    merges: readonly { sourceRow: number; leadId: number }[],
    listed: readonly number[],
  ): SqlStatement[] {
    const statements: SqlStatement[] = [];
    if (merges.length > 0) {
      const pairs = JSON.stringify(merges.map((m) => [m.sourceRow, m.leadId]));
      statements.push(
        sql`UPDATE import_rows SET kind = 'merge', merge_into = m.value ->> 1,
              queue_tier = NULL, queue_due_at = NULL
            FROM json_each(${pairs}) m WHERE import_rows.source_row = m.value ->> 0`,
      );
    }
    if (listed.length > 0) {
      statements.push(
        sql`DELETE FROM import_rows
            WHERE source_row IN (SELECT value FROM json_each(${JSON.stringify(listed)}))`,
      );
    }
    return statements;
  },

  /**
   * The move into leads, for one atomic write with the import's other records. A merge fills
   * only what the lead lacks (empty names and company, missing contact and address fields,
   * custom fields it does not have, a zone it has none of); its status, dates and history stay.
   * A never-dialed lead held for want of a zone that gets one is released into the queue. New
   * leads get their ids in file order.
   */
  moveStatements(): SqlStatement[] {
    return [
      sql`UPDATE leads SET
          first_name = CASE WHEN leads.first_name = '' THEN s.first_name ELSE leads.first_name END,
          last_name = CASE WHEN leads.last_name = '' THEN s.last_name ELSE leads.last_name END,
          company = CASE WHEN leads.company = '' THEN s.company ELSE leads.company END,
          phone_extension = coalesce(leads.phone_extension, s.phone_extension),
          email = coalesce(leads.email, s.email),
          region = coalesce(leads.region, s.region),
          postal_code = coalesce(leads.postal_code, s.postal_code),
          country = coalesce(leads.country, s.country),
          owner = coalesce(leads.owner, s.owner),
          notes = coalesce(leads.notes, s.notes),
          source = coalesce(leads.source, s.source),
          custom_json = json_patch(s.custom_json, leads.custom_json),
          time_zone = coalesce(leads.time_zone, s.time_zone),
          status = CASE WHEN ${releasedSql} THEN 'new' ELSE leads.status END,
          hold_reason = CASE WHEN ${releasedSql} THEN NULL ELSE leads.hold_reason END,
          queue_tier = CASE WHEN ${releasedSql} THEN 2 ELSE leads.queue_tier END,
          queue_due_at = CASE WHEN ${releasedSql} THEN leads.created_at ELSE leads.queue_due_at END
        FROM import_rows s
        WHERE s.kind = 'merge' AND leads.id = s.merge_into`,
      // Rows whose calling regions a fill emptied get them from the leads' trigger.
      sql`INSERT INTO leads (${LEAD_COLUMNS_FROM_STAGING})
        SELECT ${LEAD_COLUMNS_FROM_STAGING} FROM import_rows WHERE kind = 'new'
        ORDER BY source_row`,
      ImportStagingRepository.dropStatement(),
    ];
  },

  /** The regions that have calling rules, as "US FL": what a lead's calling regions name. */
  async ruledRegions(store: Store): Promise<Set<string>> {
    const rows = await store.all<{ country: string; region: string }>(
      sql`SELECT country, region FROM calling_rule_regions`,
    );
    return new Set(rows.map((row) => `${row.country} ${row.region}`));
  },

  dropStatement(): SqlStatement {
    return sql`DROP TABLE IF EXISTS import_rows`;
  },

  /** A staging table an import left behind when the app stopped midway. */
  async hasLeftovers(store: Store): Promise<boolean> {
    const found = await store.get(
      sql`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'import_rows'`,
    );
    return found !== undefined;
  },
};

// shared/domain/same-person.ts in SQL, for a staged row s and a lead l with the same number.
const samePersonSql = rawSql(
  `(trim(s.first_name || ' ' || s.last_name) = '' OR trim(l.first_name || ' ' || l.last_name) = ''
    OR (lower(trim(s.first_name)) = lower(trim(l.first_name))
        AND lower(trim(s.last_name)) = lower(trim(l.last_name)))
    OR (trim(coalesce(s.email, '')) <> '' AND lower(trim(s.email)) = lower(trim(l.email))))`,
);

// The lead, never dialed, was held because it had no zone; the file gives it one.
const releasedSql = rawSql(
  `leads.status IN ('new', 'held') AND leads.attempt_count = 0 AND leads.time_zone IS NULL
   AND s.time_zone IS NOT NULL`,
);

// Written out rather than looped over the declaration: it runs for every row of every import.
// A test holds it to STAGED_LEAD_COLUMNS (tests/unit/leads/columns).
function pushValues(params: SqlValue[], row: StagedLead): void {
  params.push(
    row.sourceRow,
    row.firstName,
    row.lastName,
    row.company,
    row.phoneE164,
    row.phoneExtension,
    row.email,
    row.timeZone,
    row.region,
    row.postalCode,
    row.country,
    row.createdAt,
    row.importedAt,
    row.owner,
    row.notes,
    JSON.stringify(row.custom),
    row.status,
    row.holdReason,
    row.queueTier,
    row.queueDueAt,
    row.callingRegions,
    row.source,
  );
}
