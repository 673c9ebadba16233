import { useState } from 'react';
import type { ImportIssue } from '../../../shared/domain/import';
import { formatCount } from './format-size';
import {
  filterIssues,
  ISSUE_FILTERS,
  ISSUE_PAGE_SIZE,
  issueCounts,
  rowActionText,
  type IssueFilter,
} from './report-view-model';

interface IssueTableProps {
  issues: readonly ImportIssue[];
  /** All the import's problems; more than `issues` when the core sent only the first ones. */
  issueCount: number;
}

/** Every problem row, a page at a time (a 100k-row file may have thousands). */
export function IssueTable({ issues, issueCount }: IssueTableProps) {
  const [filter, setFilter] = useState<IssueFilter>('all');
  const [page, setPage] = useState(0);
  const counts = issueCounts(issues);
  const shown = filterIssues(issues, filter);
  const pages = Math.max(1, Math.ceil(shown.length / ISSUE_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * ISSUE_PAGE_SIZE, (current + 1) * ISSUE_PAGE_SIZE);

  if (issueCount === 0) {
    return <p className="muted empty-state">Every row was read without a problem.</p>;
  }
  return (
    <section className="issue-table" aria-labelledby="issues-title">
      <div className="list-toolbar">
        <h3 id="issues-title" className="panel-title">
          Problem rows
        </h3>
        <div className="segmented" role="group" aria-label="Show">
          {ISSUE_FILTERS.map((option) => (
            <button
              key={option.id}
              type="button"
              className="segment"
              aria-pressed={filter === option.id}
              onClick={() => {
                setFilter(option.id);
                setPage(0);
              }}
            >
              {option.label} <span className="muted">{formatCount(counts[option.id])}</span>
            </button>
          ))}
        </div>
        {pages > 1 && (
          <span className="pager">
            <button
              type="button"
              className="button button-small"
              aria-disabled={current === 0 ? 'true' : undefined}
              onClick={() => setPage(Math.max(0, current - 1))}
            >
              ← Previous
            </button>
            <span className="muted">
              Page {current + 1} of {pages}
            </span>
            <button
              type="button"
              className="button button-small"
              aria-disabled={current >= pages - 1 ? 'true' : undefined}
              onClick={() => setPage(Math.min(pages - 1, current + 1))}
            >
              Next →
            </button>
          </span>
        )}
      </div>
      {issueCount > issues.length && (
        <p className="muted">
          Showing the first {formatCount(issues.length)} of {formatCount(issueCount)} problems; the
          CSV report has every one.
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table" data-testid="import-issues">
          <thead>
            <tr>
              <th scope="col" className="numeric-cell">
                Row
              </th>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
              <th scope="col">Why</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((issue, index) => (
              <tr key={`${issue.rowNumber}-${issue.field}-${index}`} data-testid="import-issue-row">
                <td className="numeric-cell">{issue.rowNumber}</td>
                <td className="issue-field">{issue.field}</td>
                <td className="issue-value" title={issue.value}>
                  {issue.value === '' ? <span className="muted">(empty)</span> : issue.value}
                </td>
                <td>{issue.reason}</td>
                <td className={`row-action row-action-${issue.rowAction}`}>
                  {rowActionText(issue.rowAction)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
