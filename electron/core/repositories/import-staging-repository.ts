import type { LeadId } from '../../../shared/domain/lead';
import { rawSql, sql, type SqlStatement } from '../store/sql';
import type { Store } from '../store/store';

/** A lead of the file as staged: a new lead, or the fields to fill in an existing one. */
export interface StagedLead {
  sourceRow: number;
  kind: 'new' | 'merge';
  mergeInto: LeadId | null;
  campaignId: string;
  firstName: string;
  lastName: string;
  company: string;
  phoneE164: string;
  phoneExtension: string | null;
  email: string | null;
  timeZone: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
  createdAt: number;
  importedAt: number;
  owner: string | null;
  notes: string | null;
  custom: Record<string, string>;
  status: 'new' | 'held';
  holdReason: string | null;
  queueTier: number | null;
  queueDueAt: number | null;
}

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
  createdAt?: number;
  timeZone?: string | null;
  custom: Record<string, string>;
}

/** What the store already knows about a number of the file. */
export interface NumberOnRecord {
  phone: string;
  /** The campaign's lead with this number, if any. */
  lead_id: number | null;
  dnc_added_at: number | null;
}

const STAGED_COLUMNS = [
  'source_row',
  'kind',
  'merge_into',
  'campaign_id',
  'first_name',
  'last_name',
  'company',
  'phone_e164',
  'phone_extension',
  'email',
  'time_zone',
  'region',
  'postal_code',
  'country',
  'created_at',
  'imported_at',
  'owner',
  'notes',
  'custom_json',
  'status',
  'hold_reason',
  'queue_tier',
  'queue_due_at',
] as const;

/** The lead columns an import writes, in the same order as their staged columns. */
const LEAD_COLUMNS_FROM_STAGING = STAGED_COLUMNS.slice(3);

const insertColumns = rawSql(`import_id, ${STAGED_COLUMNS.join(', ')}`);
const fromJson = rawSql(STAGED_COLUMNS.map((_, index) => `r.value ->> ${index}`).join(', '));
const leadColumns = rawSql(LEAD_COLUMNS_FROM_STAGING.join(', '));

/**
 * The import's staging table: rows go in chunk by chunk as the file is read (each chunk one
 * durable write with one statement, the rows as a JSON array), then one write moves them all into
 * leads. Nothing outside this table changes until that move, so a failure or a cancel midway
 * leaves the store as it was once the import's rows are dropped.
 */
export const ImportStagingRepository = {
  insertStatement(importId: string, rows: readonly StagedLead[]): SqlStatement {
    const json = JSON.stringify(rows.map(stagedValues));
    return sql`INSERT INTO import_staging (${insertColumns})
      SELECT ${importId}, ${fromJson} FROM json_each(${json}) r`;
  },

  /** Fills what a later duplicate row had and the staged row lacked; a zone found lifts the hold. */
  fillStatement(importId: string, fill: StagedFill): SqlStatement {
    const zone = fill.timeZone ?? null;
    const createdAt = fill.createdAt ?? null;
    return sql`UPDATE import_staging SET
        first_name = coalesce(${fill.firstName ?? null}, first_name),
        last_name = coalesce(${fill.lastName ?? null}, last_name),
        company = coalesce(${fill.company ?? null}, company),
        phone_extension = coalesce(phone_extension, ${fill.phoneExtension ?? null}),
        email = coalesce(email, ${fill.email ?? null}),
        region = coalesce(region, ${fill.region ?? null}),
        postal_code = coalesce(postal_code, ${fill.postalCode ?? null}),
        country = coalesce(country, ${fill.country ?? null}),
        owner = coalesce(owner, ${fill.owner ?? null}),
        notes = coalesce(notes, ${fill.notes ?? null}),
        custom_json = json_patch(${JSON.stringify(fill.custom)}, custom_json),
        created_at = coalesce(${createdAt}, created_at),
        time_zone = coalesce(time_zone, ${zone}),
        status = CASE WHEN ${zone} IS NOT NULL AND status = 'held' THEN 'new' ELSE status END,
        hold_reason = CASE WHEN ${zone} IS NOT NULL THEN NULL ELSE hold_reason END,
        queue_tier = CASE WHEN ${zone} IS NOT NULL AND kind = 'new' THEN 2 ELSE queue_tier END,
        queue_due_at = CASE WHEN (${zone} IS NOT NULL AND kind = 'new') OR queue_tier IS NOT NULL
          THEN coalesce(${createdAt}, created_at) ELSE queue_due_at END
      WHERE import_id = ${importId} AND source_row = ${fill.sourceRow}`;
  },

  /** Of the file's numbers, those already a lead of the campaign or on the DNC list. */
  numbersOnRecord(
    store: Store,
    campaignId: string,
    phones: readonly string[],
  ): Promise<NumberOnRecord[]> {
    return store.all<NumberOnRecord>(
      sql`SELECT phone, lead_id, dnc_added_at FROM (
            SELECT p.value AS phone,
              (SELECT id FROM leads WHERE campaign_id = ${campaignId} AND phone_e164 = p.value)
                AS lead_id,
              (SELECT added_at FROM dnc WHERE phone_e164 = p.value) AS dnc_added_at
            FROM json_each(${JSON.stringify(phones)}) p)
          WHERE lead_id IS NOT NULL OR dnc_added_at IS NOT NULL`,
    );
  },

  async counts(
    store: Store,
    importId: string,
  ): Promise<{ added: number; held: number; merged: number }> {
    const row = await store.get<{ added: number; held: number; merged: number }>(
      sql`SELECT coalesce(sum(kind = 'new'), 0) AS added,
            coalesce(sum(kind = 'new' AND status = 'held'), 0) AS held,
            coalesce(sum(kind = 'merge'), 0) AS merged
          FROM import_staging WHERE import_id = ${importId}`,
    );
    return row ?? { added: 0, held: 0, merged: 0 };
  },

  /**
   * The move into leads, for one atomic write with the import's other records. A merge fills
   * only what the lead lacks (empty names and company, missing contact and address fields,
   * custom fields it does not have, a zone it has none of); its status, dates and history stay.
   * A never-dialed lead held for want of a zone that gets one is released into the queue.
   */
  moveStatements(importId: string): SqlStatement[] {
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
          custom_json = json_patch(s.custom_json, leads.custom_json),
          time_zone = coalesce(leads.time_zone, s.time_zone),
          status = CASE WHEN ${releasedSql} THEN 'new' ELSE leads.status END,
          hold_reason = CASE WHEN ${releasedSql} THEN NULL ELSE leads.hold_reason END,
          queue_tier = CASE WHEN ${releasedSql} THEN 2 ELSE leads.queue_tier END,
          queue_due_at = CASE WHEN ${releasedSql} THEN leads.created_at ELSE leads.queue_due_at END
        FROM import_staging s
        WHERE s.import_id = ${importId} AND s.kind = 'merge' AND leads.id = s.merge_into`,
      sql`INSERT INTO leads (${leadColumns})
        SELECT ${leadColumns} FROM import_staging
        WHERE import_id = ${importId} AND kind = 'new' ORDER BY source_row`,
      ImportStagingRepository.dropStatement(importId),
    ];
  },

  dropStatement(importId: string): SqlStatement {
    return sql`DELETE FROM import_staging WHERE import_id = ${importId}`;
  },

  /** Rows an import left behind when the app stopped midway: no import survives a restart. */
  dropAllStatement(): SqlStatement {
    return sql`DELETE FROM import_staging`;
  },

  async hasLeftovers(store: Store): Promise<boolean> {
    return (await store.get(sql`SELECT 1 AS found FROM import_staging LIMIT 1`)) !== undefined;
  },
};

// The lead, never dialed, was held because it had no zone; the file gives it one.
const releasedSql = rawSql(
  `leads.status IN ('new', 'held') AND leads.attempt_count = 0 AND leads.time_zone IS NULL
   AND s.time_zone IS NOT NULL`,
);

function stagedValues(row: StagedLead): (string | number | null)[] {
  return [
    row.sourceRow,
    row.kind,
    row.mergeInto,
    row.campaignId,
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
  ];
}
