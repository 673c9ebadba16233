import type { ImportIssue, ImportReport, RowAction } from '../../../shared/domain/import';

export type IssueFilter = 'all' | 'skipped' | 'merged' | 'imported';

export const ISSUE_FILTERS: ReadonlyArray<{ id: IssueFilter; label: string }> = [
  { id: 'all', label: 'All problems' },
  { id: 'skipped', label: 'Skipped rows' },
  { id: 'merged', label: 'Merged rows' },
  { id: 'imported', label: 'Imported with a note' },
];

export const ISSUE_PAGE_SIZE = 100;

const ACTION_TEXT: Record<RowAction, string> = {
  skipped: 'Skipped',
  merged: 'Merged into an earlier row',
  'merged-into-lead': 'Merged into an existing lead',
  imported: 'Imported',
};

export function rowActionText(action: RowAction): string {
  return ACTION_TEXT[action];
}

function matches(issue: ImportIssue, filter: IssueFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'merged':
      return issue.rowAction === 'merged' || issue.rowAction === 'merged-into-lead';
    case 'skipped':
    case 'imported':
      return issue.rowAction === filter;
  }
}

export function filterIssues(issues: readonly ImportIssue[], filter: IssueFilter): ImportIssue[] {
  return issues.filter((issue) => matches(issue, filter));
}

export function issueCounts(issues: readonly ImportIssue[]): Record<IssueFilter, number> {
  return {
    all: issues.length,
    skipped: filterIssues(issues, 'skipped').length,
    merged: filterIssues(issues, 'merged').length,
    imported: filterIssues(issues, 'imported').length,
  };
}

export interface ReportTotal {
  id: 'imported' | 'held' | 'merged' | 'skipped';
  label: string;
  value: number;
  detail: string;
}

/** The four numbers at the top of the report, each with what it is made of. */
export function reportTotals(report: ImportReport): ReportTotal[] {
  const { summary } = report;
  const ready = report.added - report.held;
  const merged = summary.rowsMerged + report.mergedIntoExisting;
  const skipped = summary.rowsSkipped + report.onDncList;
  return [
    {
      id: 'imported',
      label: 'Imported',
      value: report.added,
      detail: `${ready} ready to dial`,
    },
    {
      id: 'held',
      label: 'Held for review',
      value: report.held,
      detail: report.held > 0 ? 'time zone unclear: set it to release' : 'none to review',
    },
    {
      id: 'merged',
      label: 'Merged',
      value: merged,
      detail: `${summary.rowsMerged} within the file · ${report.mergedIntoExisting} into existing leads`,
    },
    {
      id: 'skipped',
      label: 'Skipped',
      value: skipped,
      detail: `${summary.rowsSkipped} unusable · ${report.onDncList} on do-not-call`,
    },
  ];
}
