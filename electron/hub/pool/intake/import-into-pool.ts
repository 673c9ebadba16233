import crypto from 'node:crypto';
import type { ImportIssue, ImportReport } from '../../../../shared/domain/import';
import { applyCandidateFill, type LeadCandidate } from '../../../core/leads/import';
import type { LeadFileSource } from '../../../core/leads/import';
import { readLeadFile } from '../../../core/leads/import';
import type { ImportSummary, LeadFileOptions } from '../../../core/leads/import';
import type { HubDatabase } from '../../db';
import { signalPool, storePoolLead } from './store-pool-lead';
import { teamCampaignExists } from './team-campaign-lookup';

export interface PoolImport {
  campaignId: string;
  fileName: string;
  source: LeadFileSource;
  defaultCountry: string | null;
  /** IANA zone of the file's date-times without an offset (the importing computer's). */
  dateTimeZone: string;
  /** The wizard's reading of the file, as its review step showed it (absent: the importer's own). */
  reading?: Pick<LeadFileOptions, 'mappingOverride' | 'dateOrder' | 'phoneAcceptance'>;
  now: () => number;
}

/** The report shows this many issues; every one is returned beside it. */
const ISSUES_IN_REPORT = 500;

export class UnknownTeamCampaignError extends Error {}

/**
 * A CSV into a team campaign, all or nothing: the importer reads the whole file (its mapping,
 * normalization, zones and in-file duplicates, exactly as a local import), then one transaction
 * stores every lead in the pool. A number on the team's DNC list is reported and not imported; a
 * number with a live lead in the campaign is merged into it. Any failure stores nothing.
 */
export async function importIntoPool(
  db: Pick<HubDatabase, 'transaction'>,
  request: PoolImport,
): Promise<{ report: ImportReport; issues: ImportIssue[] }> {
  const started = performance.now();
  const importId = crypto.randomUUID();
  const importedAt = request.now();
  const candidates = new Map<number, LeadCandidate>();
  const issues: ImportIssue[] = [];
  let summary: ImportSummary | null = null;
  for await (const batch of readLeadFile(request.source, {
    defaultCountry: request.defaultCountry,
    dateTimeZone: request.dateTimeZone,
    importedAt,
    ...request.reading,
  })) {
    for (const candidate of batch.candidates) candidates.set(candidate.sourceRow, candidate);
    for (const fill of batch.fills) {
      const earlier = candidates.get(fill.sourceRow);
      if (earlier) candidates.set(fill.sourceRow, applyCandidateFill(earlier, fill));
    }
    issues.push(...batch.issues);
    summary = batch.summary ?? summary;
  }
  if (!summary) throw new Error('The importer ended without a summary.');
  const origin = {
    source: `import: ${request.fileName}`,
    sourceKey: `import:${importId}`,
    externalId: null,
  };
  const counts = { added: 0, held: 0, merged: 0, onDnc: 0 };
  await db.transaction(async (tx) => {
    if (!(await teamCampaignExists(tx, request.campaignId))) {
      throw new UnknownTeamCampaignError(`No team campaign has the id "${request.campaignId}".`);
    }
    for (const candidate of candidates.values()) {
      // The file's own source column, where it has one, says more than the file's name.
      const source = candidate.source ?? origin.source;
      const stored = await storePoolLead(
        tx,
        request.campaignId,
        candidate,
        { ...origin, source },
        importedAt,
        'skip',
      );
      if (stored.kind === 'on-dnc') {
        counts.onDnc++;
        issues.push(rowIssue(candidate, 'on the team’s do-not-call list; not imported', 'skipped'));
      } else if (stored.kind === 'created' && stored.status === 'merged') {
        counts.merged++;
        issues.push(
          rowIssue(
            candidate,
            `merged into lead ${stored.leadId} (same number): its empty fields are filled from ` +
              'this row; its status and history are kept',
            'merged-into-lead',
          ),
        );
      } else {
        counts.added++;
        if (stored.status === 'held') counts.held++;
      }
    }
    await signalPool(tx);
  });
  issues.sort((a, b) => a.rowNumber - b.rowNumber);
  const report: ImportReport = {
    importId,
    fileName: request.fileName,
    campaignId: request.campaignId,
    added: counts.added,
    held: counts.held,
    mergedIntoExisting: counts.merged,
    onDncList: counts.onDnc,
    summary,
    issues: issues.slice(0, ISSUES_IN_REPORT),
    issueCount: issues.length,
    committedAt: request.now(),
    durationMs: performance.now() - started,
  };
  return { report, issues };
}

function rowIssue(
  candidate: LeadCandidate,
  reason: string,
  rowAction: ImportIssue['rowAction'],
): ImportIssue {
  return {
    rowNumber: candidate.sourceRow,
    field: 'phone',
    value: candidate.phoneE164,
    reason,
    rowAction,
  };
}
