import { useEffect, useRef, useState } from 'react';
import type { LeadSearchRow, LeadSortColumn } from '../../../shared/domain/lead-search';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { STATUS_LABELS } from './status-labels';

const ROW_HEIGHT = 36;
const VISIBLE_ROWS = 14;
/** Rows drawn beyond the visible ones, so a quick scroll shows rows rather than blanks. */
const OVERSCAN = 10;

const COLUMNS: ReadonlyArray<{ sort: LeadSortColumn; label: string }> = [
  { sort: 'name', label: 'Name' },
  { sort: 'company', label: 'Company' },
  { sort: 'phone', label: 'Phone' },
  { sort: 'email', label: 'Email' },
  { sort: 'status', label: 'Status' },
  { sort: 'campaign', label: 'Campaign' },
  { sort: 'owner', label: 'Owner' },
  { sort: 'created', label: 'Created' },
];

interface VirtualLeadListProps {
  listId: string;
  total: number;
  active: number;
  rowAt: (index: number) => LeadSearchRow | undefined;
  ensure: (first: number, last: number) => void;
  sort: LeadSortColumn;
  descending: boolean;
  homeCountry: string | null;
  campaignName: (id: string) => string;
  onSort: (column: LeadSortColumn) => void;
  onActive: (index: number) => void;
  onOpen: (index: number) => void;
}

/**
 * The results, any number of them: only the rows in view (and a few either side) are drawn, in a
 * scroller as tall as all of them, and their pages are asked for as they come into view.
 */
export function VirtualLeadList(props: VirtualLeadListProps) {
  const { total, active, ensure } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil(scrollTop / ROW_HEIGHT) + VISIBLE_ROWS + OVERSCAN);

  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [ensure, first, last, total]);

  // The active row is kept in view as the arrows move it.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const top = active * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    }
  }, [active]);

  const rows = [];
  for (let index = first; index <= last; index++) {
    const row = props.rowAt(index);
    rows.push(
      <div
        key={index}
        id={`${props.listId}-${index}`}
        role="option"
        aria-selected={index === active}
        className="lead-result"
        data-testid={row ? 'lead-result' : 'lead-result-loading'}
        data-lead-id={row?.id}
        style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          props.onActive(index);
          props.onOpen(index);
        }}
      >
        {row ? (
          <>
            <span>{`${row.firstName} ${row.lastName}`.trim() || '—'}</span>
            <span>{row.company}</span>
            <span>{formatPhoneForHumans(row.phoneE164, props.homeCountry)}</span>
            <span>{row.email ?? ''}</span>
            <span>{STATUS_LABELS[row.status]}</span>
            <span>{props.campaignName(row.campaignId)}</span>
            <span>{row.owner ?? ''}</span>
            <span>{new Date(row.createdAt).toLocaleDateString()}</span>
          </>
        ) : (
          <span className="muted">Loading…</span>
        )}
      </div>,
    );
  }

  return (
    <div className="lead-results">
      <div className="lead-result lead-result-head" role="presentation">
        {COLUMNS.map((column) => (
          <button
            key={column.sort}
            type="button"
            className="lead-sort"
            aria-pressed={props.sort === column.sort}
            onClick={() => props.onSort(column.sort)}
          >
            {column.label}
            {props.sort === column.sort && (props.descending ? ' ↓' : ' ↑')}
          </button>
        ))}
      </div>
      <div
        ref={scroller}
        id={props.listId}
        className="lead-results-scroller"
        role="listbox"
        aria-label="Leads found"
        // Scrollable from the keyboard too (Tab, then the arrow and page keys), not only by mouse.
        tabIndex={0}
        style={{ height: ROW_HEIGHT * VISIBLE_ROWS }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: total * ROW_HEIGHT, position: 'relative' }}>{rows}</div>
      </div>
    </div>
  );
}
