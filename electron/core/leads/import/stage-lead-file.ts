import { callingRegionsOf } from '../../../../shared/compliance/calling-regions';
import type { ImportIssue, ImportSummary } from '../../../../shared/domain/import';
import type { CandidateFill, LeadCandidate } from './candidate/lead-candidate';
import type { LeadFileSource } from './pipeline/byte-source';
import type { LeadFileOptions } from './pipeline/lead-file-options';
import { readLeadFile } from './pipeline/read-lead-file';
import { DEFAULT_CAMPAIGN_RULES } from '../../queue';
import { queueColumns } from '../../queue';
import {
  ImportStagingRepository,
  type StagedFill,
  type StagedLead,
} from './import-staging-repository';
import type { SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

export interface StagingResult {
  summary: ImportSummary;
  /** The importer's issues and the store's (on the DNC list, merged into a lead), by row. */
  issues: ImportIssue[];
  /** New leads, and of them held for review. */
  added: number;
  held: number;
  /** Rows that fill an existing lead of the campaign (same number). */
  mergedIntoExisting: number;
  onDncList: number;
  /** Statements that settle the staged rows against the store, for the final move's write. */
  settle: SqlStatement[];
}

/**
 * Staged rows per write: each write costs an fsync and a rewrite of the table's last pages, so
 * fewer, larger writes stage faster; 5,000 rows keep one under ~100 ms of the store's time.
 */
const ROWS_PER_WRITE = 5_000;

/**
 * Reads the file through the importer and stages its leads: the main thread parses while the
 * store worker writes the rows before (one write in flight at most, so a slow disk slows the
 * reading instead of piling rows up in memory). Once the file is read, one read finds the staged
 * numbers already in the campaign or on the DNC list. Nothing but the staging table changes here.
 */
export async function stageLeadFile(
  store: Store,
  campaignId: string,
  source: LeadFileSource,
  options: LeadFileOptions,
): Promise<StagingResult> {
  const issues: ImportIssue[] = [];
  let summary: ImportSummary | null = null;
  let staged = 0;
  /** Staged leads still held: a later duplicate row may give one its zone. */
  const heldRows = new Set<number>();
  await store.write(ImportStagingRepository.createStatements());
  const ruled = await ImportStagingRepository.ruledRegions(store);
  let rows: StagedLead[] = [];
  let fills: SqlStatement[] = [];
  const writes = { inFlight: Promise.resolve() as Promise<unknown> };
  const send = async () => {
    await writes.inFlight;
    options.signal?.throwIfAborted();
    if (rows.length === 0 && fills.length === 0) return;
    // A fill completes a row staged by an earlier batch, so it follows the inserts.
    writes.inFlight = store.write([
      ...ImportStagingRepository.insertStatements(campaignId, rows),
      ...fills,
    ]);
    // Awaited before the next write or at the end; the rejection is handled there.
    writes.inFlight.catch(() => undefined);
    rows = [];
    fills = [];
  };
  for await (const batch of readLeadFile(source, options)) {
    for (const candidate of batch.candidates) {
      const row = stagedLead(candidate, ruled);
      if (row.holdReason) heldRows.add(candidate.sourceRow);
      rows.push(row);
    }
    staged += batch.candidates.length;
    for (const fill of batch.fills) {
      if (fill.fields.timeZone) heldRows.delete(fill.sourceRow);
      fills.push(ImportStagingRepository.fillStatement(stagedFill(fill)));
    }
    issues.push(...batch.issues);
    summary = batch.summary ?? summary;
    if (rows.length >= ROWS_PER_WRITE) await send();
  }
  await send();
  await writes.inFlight;
  if (!summary) throw new Error('The importer ended without a summary.');

  const merges: { sourceRow: number; leadId: number }[] = [];
  const listed: number[] = [];
  for (const row of await ImportStagingRepository.stagedOnRecord(store, campaignId)) {
    heldRows.delete(row.source_row);
    if (row.dnc_added_at !== null) {
      listed.push(row.source_row);
      issues.push(dncIssue(row.source_row, row.phone_e164, row.dnc_added_at));
    } else if (row.lead_id !== null) {
      merges.push({ sourceRow: row.source_row, leadId: row.lead_id });
      issues.push(mergeIssue(row.source_row, row.phone_e164, row.lead_id));
    } else if (row.sharing_lead_id !== null) {
      issues.push(sharedNumberIssue(row.source_row, row.phone_e164, row.sharing_lead_id));
    }
  }
  issues.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    summary,
    issues,
    added: staged - merges.length - listed.length,
    held: heldRows.size,
    mergedIntoExisting: merges.length,
    onDncList: listed.length,
    settle: ImportStagingRepository.settleStatements(merges, listed),
  };
}

/** `ruled`: the regions with calling rules, which a lead's calling regions name. */
function stagedLead(candidate: LeadCandidate, ruled: ReadonlySet<string>): StagedLead {
  const callingRegions = callingRegionsOf(candidate, ruled);
  const holdReason = candidate.holdReason ?? noStateHold(callingRegions, ruled);
  const status = holdReason ? 'held' : 'new';
  // A never-dialed lead is queued the same under any campaign's rules.
  const columns = queueColumns(
    {
      status,
      timeZone: candidate.timeZone,
      createdAt: candidate.createdAt,
      attemptCount: 0,
      nextEligibleAt: null,
      callbackAt: null,
    },
    DEFAULT_CAMPAIGN_RULES,
  );
  return {
    sourceRow: candidate.sourceRow,
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
    source: candidate.source,
    custom: candidate.custom,
    status,
    holdReason,
    queueTier: columns?.queueTier ?? null,
    queueDueAt: columns?.queueDueAt ?? null,
    callingRegions,
  };
}

/**
 * A lead whose address and number name no state, in a country with calling rules by state, is
 * held for review like an ambiguous zone: which hours apply to it is unknown.
 */
function noStateHold(callingRegions: string, ruled: ReadonlySet<string>): string | null {
  const [country = '', marker] = callingRegions.split(' ');
  if (marker !== '?' || country === '') return null;
  const byState = [...ruled].some((region) => region.startsWith(`${country} `));
  return byState
    ? `calling rules unknown: neither the address nor the area code names a state, and ${country} has calling rules by state`
    : null;
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

function dncIssue(rowNumber: number, phoneE164: string, addedAt: number): ImportIssue {
  return {
    rowNumber,
    field: 'phone',
    value: phoneE164,
    reason: `on the do-not-call list since ${new Date(addedAt).toISOString().slice(0, 10)}; not imported`,
    rowAction: 'skipped',
  };
}

function sharedNumberIssue(rowNumber: number, phoneE164: string, leadId: number): ImportIssue {
  return {
    rowNumber,
    field: 'phone',
    value: phoneE164,
    reason:
      `shares its number with lead #${leadId}, a different person: imported as a lead of its ` +
      'own, never dialed within the cadence spacing of a call to that number',
    rowAction: 'imported',
  };
}

function mergeIssue(rowNumber: number, phoneE164: string, leadId: number): ImportIssue {
  return {
    rowNumber,
    field: 'phone',
    value: phoneE164,
    reason:
      `merged into lead #${leadId} (same number, same person): its empty fields are filled from this row; ` +
      'its status and history are kept',
    rowAction: 'merged-into-lead',
  };
}
