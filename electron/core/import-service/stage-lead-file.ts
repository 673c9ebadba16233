import type { ImportIssue, ImportSummary } from '../../../shared/domain/import';
import type { CandidateFill, LeadCandidate } from '../import/candidate/lead-candidate';
import type { LeadFileSource } from '../import/pipeline/byte-source';
import type { LeadFileOptions } from '../import/pipeline/lead-file-options';
import { readLeadFile } from '../import/pipeline/read-lead-file';
import { DEFAULT_CAMPAIGN_RULES } from '../queue/campaign-rules';
import { queueColumns } from '../queue/queue-columns';
import {
  ImportStagingRepository,
  type NumberOnRecord,
  type StagedFill,
  type StagedLead,
} from '../repositories/import-staging-repository';
import type { SqlStatement } from '../store/sql';
import type { Store } from '../store/store';

export interface StagingResult {
  summary: ImportSummary;
  /** The importer's issues and the store's (on the DNC list, merged into a lead), by row. */
  issues: ImportIssue[];
  onDncList: number;
}

/**
 * Reads the file through the importer and stages its leads chunk by chunk: each chunk is checked
 * against the store (the campaign's leads with the same number, the DNC list) and written as one
 * durable write while the next chunk is parsed. Nothing but the staging table changes here.
 */
export async function stageLeadFile(
  store: Store,
  importId: string,
  campaignId: string,
  source: LeadFileSource,
  options: LeadFileOptions,
): Promise<StagingResult> {
  const issues: ImportIssue[] = [];
  let summary: ImportSummary | null = null;
  let onDncList = 0;
  let inFlight: Promise<unknown> | null = null;
  for await (const batch of readLeadFile(source, options)) {
    const onRecord = await numbersOnRecord(store, campaignId, batch.candidates);
    const rows: StagedLead[] = [];
    for (const candidate of batch.candidates) {
      const known = onRecord.get(candidate.phoneE164);
      if (known && known.dnc_added_at !== null) {
        onDncList++;
        issues.push(dncIssue(candidate, known.dnc_added_at));
      } else if (known && known.lead_id !== null) {
        rows.push(staged(candidate, campaignId, known.lead_id));
        issues.push(mergeIssue(candidate, known.lead_id));
      } else {
        rows.push(staged(candidate, campaignId, null));
      }
    }
    issues.push(...batch.issues);
    const statements: SqlStatement[] = [];
    if (rows.length > 0) statements.push(ImportStagingRepository.insertStatement(importId, rows));
    for (const fill of batch.fills) {
      statements.push(ImportStagingRepository.fillStatement(importId, stagedFill(fill)));
    }
    if (inFlight) await inFlight;
    options.signal?.throwIfAborted();
    if (statements.length > 0) {
      // Written while the next chunk is parsed; awaited before the next write or the end.
      inFlight = store.write(statements);
      inFlight.catch(() => undefined);
    }
    summary = batch.summary ?? summary;
  }
  if (inFlight) await inFlight;
  if (!summary) throw new Error('The importer ended without a summary.');
  issues.sort((a, b) => a.rowNumber - b.rowNumber);
  return { summary, issues, onDncList };
}

async function numbersOnRecord(
  store: Store,
  campaignId: string,
  candidates: readonly LeadCandidate[],
): Promise<Map<string, NumberOnRecord>> {
  if (candidates.length === 0) return new Map();
  const phones = candidates.map((candidate) => candidate.phoneE164);
  const found = await ImportStagingRepository.numbersOnRecord(store, campaignId, phones);
  return new Map(found.map((record) => [record.phone, record]));
}

function staged(
  candidate: LeadCandidate,
  campaignId: string,
  mergeInto: number | null,
): StagedLead {
  const status = candidate.holdReason ? 'held' : 'new';
  // A never-dialed lead is queued the same under any campaign's rules.
  const columns =
    mergeInto === null
      ? queueColumns(
          { ...candidate, status, attemptCount: 0, nextEligibleAt: null, callbackAt: null },
          DEFAULT_CAMPAIGN_RULES,
        )
      : null;
  return {
    sourceRow: candidate.sourceRow,
    kind: mergeInto === null ? 'new' : 'merge',
    mergeInto,
    campaignId,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    company: candidate.company,
    phoneE164: candidate.phoneE164,
    phoneExtension: candidate.phoneExtension,
    email: candidate.email,
    timeZone: candidate.timeZone,
    region: candidate.region,
    postalCode: candidate.postalCode,
    country: candidate.country,
    createdAt: candidate.createdAt,
    importedAt: candidate.importedAt,
    owner: candidate.owner,
    notes: candidate.notes,
    custom: candidate.custom,
    status,
    holdReason: candidate.holdReason,
    queueTier: columns?.queueTier ?? null,
    queueDueAt: columns?.queueDueAt ?? null,
  };
}

function stagedFill(fill: CandidateFill): StagedFill {
  const {
    createdAtSource: _source,
    timeZoneSource: _zoneSource,
    holdReason: _hold,
    ...fields
  } = fill.fields;
  return { sourceRow: fill.sourceRow, ...fields, custom: fill.custom };
}

function dncIssue(candidate: LeadCandidate, addedAt: number): ImportIssue {
  return {
    rowNumber: candidate.sourceRow,
    field: 'phone',
    value: candidate.phoneE164,
    reason: `on the do-not-call list since ${new Date(addedAt).toISOString().slice(0, 10)}; not imported`,
    rowAction: 'skipped',
  };
}

function mergeIssue(candidate: LeadCandidate, leadId: number): ImportIssue {
  return {
    rowNumber: candidate.sourceRow,
    field: 'phone',
    value: candidate.phoneE164,
    reason:
      `merged into lead #${leadId} (same number): its empty fields are filled from this row; ` +
      'its status and history are kept',
    rowAction: 'merged-into-lead',
  };
}
