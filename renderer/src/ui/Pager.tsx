import { movePage, pageRangeText } from './paging';

interface PagerProps {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  /** What an empty list says: "No numbers". */
  empty: string;
  onOffset: (offset: number) => void;
  testId?: string;
}

/** "1–50 of 1,234" with previous and next. */
export function Pager({ offset, shown, total, pageSize, empty, onOffset, testId }: PagerProps) {
  const go = (step: number) => onOffset(movePage(offset, step, total, pageSize));
  return (
    <span className="pager">
      <span className="muted" data-testid={testId} aria-live="polite">
        {pageRangeText(offset, shown, total, empty)}
      </span>
      <button
        type="button"
        className="button button-small"
        aria-disabled={offset === 0 ? 'true' : undefined}
        onClick={() => offset > 0 && go(-1)}
      >
        ← Previous
      </button>
      <button
        type="button"
        className="button button-small"
        aria-disabled={offset + shown >= total ? 'true' : undefined}
        onClick={() => offset + shown < total && go(1)}
      >
        Next →
      </button>
    </span>
  );
}
