import { describe, expect, it } from 'vitest';
import type { ImportIssue, ImportReport } from '../../../shared/domain/import';
import {
  filterIssues,
  issueCounts,
  reportTotals,
} from '../../../renderer/src/imports/report-view-model';

const issue = (rowNumber: number, rowAction: ImportIssue['rowAction']): ImportIssue => ({
  rowNumber,
  field: 'Phone',
  value: 'x',
  reason: 'r',
  rowAction,
});

const issues = [
  issue(2, 'skipped'),
  issue(3, 'merged'),
  issue(4, 'merged-into-lead'),
  issue(5, 'imported'),
  issue(6, 'skipped'),
];

describe('the import report', () => {
  it('filters problem rows by what happened to them; merged covers both kinds', () => {
    expect(filterIssues(issues, 'merged').map((i) => i.rowNumber)).toEqual([3, 4]);
    expect(issueCounts(issues)).toEqual({ all: 5, skipped: 2, merged: 2, imported: 1 });
  });

  it('adds the store’s merges and DNC skips to the file’s own', () => {
    const report = {
      added: 10,
      held: 2,
      mergedIntoExisting: 3,
      onDncList: 1,
      summary: { rowsMerged: 4, rowsSkipped: 5 },
    } as ImportReport;
    expect(reportTotals(report).map((t) => [t.id, t.value, t.detail])).toEqual([
      ['imported', 10, '8 ready to dial'],
      ['held', 2, 'time zone unclear: set it to release'],
      ['merged', 7, '4 within the file · 3 into existing leads'],
      ['skipped', 6, '5 unusable · 1 on do-not-call'],
    ]);
  });
});
