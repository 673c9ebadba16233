import { useCallback, useEffect, useRef, useState } from 'react';
import type { LeadSearchQuery, LeadSearchRow } from '../../../shared/domain/lead-search';
import { getBridge } from '../bridge/get-bridge';

export const SEARCH_PAGE = 100;

export type SearchState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; total: number; notYetSearchable: number };

export interface LeadSearchResults {
  state: SearchState;
  /** The query the rows on screen answer. */
  answered: LeadSearchQuery | null;
  rowAt: (index: number) => LeadSearchRow | undefined;
  /** Loads the pages that hold rows first..last, if not loaded yet. */
  ensure: (first: number, last: number) => void;
  reload: () => void;
}

/**
 * One search, paged: the first page with the total at once, the others as the list scrolls to
 * them. A new query starts over; answers to an older one are dropped.
 */
export function useLeadSearch(query: LeadSearchQuery): LeadSearchResults {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  const [answered, setAnswered] = useState<LeadSearchQuery | null>(null);
  const [, setPagesVersion] = useState(0);
  const pages = useRef(new Map<number, LeadSearchRow[]>());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const [version, setVersion] = useState(0);

  const loadPage = useCallback(
    (offset: number, ofGeneration: number) => {
      asked.current.add(offset);
      return getBridge()
        .leads.search({ ...query, offset, limit: SEARCH_PAGE })
        .then((result) => {
          if (ofGeneration !== generation.current) return;
          if (!result.ok) {
            asked.current.delete(offset);
            setState({ status: 'error', message: result.error.message });
            return;
          }
          pages.current.set(offset, result.value.rows);
          setPagesVersion((current) => current + 1);
          if (offset === 0) {
            setAnswered(query);
            setState({
              status: 'ready',
              total: result.value.total,
              notYetSearchable: result.value.notYetSearchable,
            });
          }
        });
    },
    [query],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    asked.current = new Set();
    void loadPage(0, generation.current);
  }, [loadPage, version]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let offset = pageOf(first); offset <= pageOf(last); offset += SEARCH_PAGE) {
        if (!asked.current.has(offset)) void loadPage(offset, generation.current);
      }
    },
    [loadPage],
  );
  const rowAt = useCallback(
    (index: number) => pages.current.get(pageOf(index))?.[index - pageOf(index)],
    // The pages are read afresh on every render; the ref holds them.
    [],
  );
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { state, answered, rowAt, ensure, reload };
}

function pageOf(index: number): number {
  return Math.floor(Math.max(0, index) / SEARCH_PAGE) * SEARCH_PAGE;
}
