import type { LeadCandidate } from '../../../core/leads/import';
import type { DbTransaction, DbValue } from '../../db';

/** Where a lead came from: the intake key's source (or an import) and the sender's own id. */
export interface LeadOrigin {
  source: string;
  /** The intake key's id, or `import:<id>` for a CSV import: externalIds are unique per key. */
  sourceKey: string;
  externalId: string | null;
}

export type InsertedStatus = 'queued' | 'held' | 'merged' | 'do-not-call';

const COLUMNS = `id, campaign_id, phone_e164, first_name, last_name, email, company, source,
  source_key, external_id, created_at, arrived_at, time_zone, country, region, postal_code, notes,
  custom, status, hold_reason, merged_into`;
const VALUES = `$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
  $18::jsonb, $19, $20, $21`;

/** The row a candidate becomes; `status` and `mergedInto` say what the pool does with it. */
export function leadRowValues(
  id: string,
  campaignId: string,
  candidate: LeadCandidate,
  origin: LeadOrigin,
  arrivedAt: number,
  status: InsertedStatus,
  mergedInto: string | null,
): DbValue[] {
  return [
    id,
    campaignId,
    candidate.phoneE164,
    candidate.firstName || null,
    candidate.lastName || null,
    candidate.email,
    candidate.company || null,
    origin.source,
    origin.sourceKey,
    origin.externalId,
    candidate.createdAt,
    arrivedAt,
    candidate.timeZone,
    candidate.country,
    candidate.region,
    candidate.postalCode,
    candidate.notes,
    JSON.stringify(candidate.custom),
    status,
    status === 'held' ? candidate.holdReason : null,
    mergedInto,
  ];
}

/** Inserts the row unless its number already has a live lead in the campaign (or its externalId a row). */
export async function insertLeadRow(tx: DbTransaction, values: DbValue[]): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO pool_leads (${COLUMNS}) VALUES (${VALUES}) ON CONFLICT DO NOTHING RETURNING id`,
    values,
  );
  return inserted.rows.length === 1;
}

/**
 * The importer's merge, on the pool: the live lead keeps its status and history, its empty
 * fields are filled from the duplicate, and a lead held for its zone is released once the
 * duplicate gives one.
 */
export async function fillLiveLead(
  tx: DbTransaction,
  liveId: string,
  candidate: LeadCandidate,
): Promise<void> {
  await tx.query(
    `UPDATE pool_leads SET
       first_name = COALESCE(first_name, $2),
       last_name = COALESCE(last_name, $3),
       email = COALESCE(email, $4),
       company = COALESCE(company, $5),
       country = COALESCE(country, $6),
       region = COALESCE(region, $7),
       postal_code = COALESCE(postal_code, $8),
       notes = COALESCE(notes, $9),
       custom = $10::jsonb || custom,
       time_zone = COALESCE(time_zone, $11),
       status = CASE WHEN status = 'held' AND $11::text IS NOT NULL THEN 'queued' ELSE status END,
       hold_reason = CASE WHEN status = 'held' AND $11::text IS NOT NULL THEN NULL ELSE hold_reason END
     WHERE id = $1`,
    [
      liveId,
      candidate.firstName || null,
      candidate.lastName || null,
      candidate.email,
      candidate.company || null,
      candidate.country,
      candidate.region,
      candidate.postalCode,
      candidate.notes,
      JSON.stringify(candidate.custom),
      candidate.timeZone,
    ],
  );
}
