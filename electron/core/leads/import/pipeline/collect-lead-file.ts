import { applyCandidateFill, type LeadCandidate } from '../candidate/lead-candidate';
import type { ImportIssue } from '../report/import-issue';
import type { LeadFileSource } from './byte-source';
import type { ImportSummary, LeadFileOptions } from './lead-file-options';
import { readLeadFile } from './read-lead-file';

export interface CollectedLeadFile {
  candidates: LeadCandidate[];
  issues: ImportIssue[];
  summary: ImportSummary;
}

/**
 * The whole file in memory, duplicate fills applied: for callers that need everything before they
 * act (tests, a CLI dry run). The store should consume readLeadFile batch by batch instead.
 */
export async function collectLeadFile(
  source: LeadFileSource,
  options: LeadFileOptions,
): Promise<CollectedLeadFile> {
  const candidates: LeadCandidate[] = [];
  const bySourceRow = new Map<number, number>();
  const issues: ImportIssue[] = [];
  let summary: ImportSummary | null = null;
  for await (const batch of readLeadFile(source, options)) {
    for (const candidate of batch.candidates) {
      bySourceRow.set(candidate.sourceRow, candidates.length);
      candidates.push(candidate);
    }
    for (const fill of batch.fills) {
      const at = bySourceRow.get(fill.sourceRow);
      if (at !== undefined) candidates[at] = applyCandidateFill(candidates[at]!, fill);
    }
    for (const issue of batch.issues) issues.push(issue);
    summary = batch.summary ?? summary;
  }
  if (!summary) throw new Error('readLeadFile ended without a summary');
  return { candidates, issues, summary };
}
