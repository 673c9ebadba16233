import { useCallback, useState } from 'react';
import type { DncEntry } from '../../../shared/domain/dnc';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';
import { repCountryOf, useSettings } from '../settings/use-settings';
import { useFreshWhileShown } from '../shell/screen-active';
import { ErrorText } from '../ui/ErrorText';
import { Pager } from '../ui/Pager';
import { ScreenPage } from '../ui/ScreenPage';
import { useDebounced } from '../ui/use-debounced';
import { DncAddForm } from './DncAddForm';
import { DncBulkImport } from './DncBulkImport';
import { DncTable } from './DncTable';
import { RemoveDncDialog } from './RemoveDncDialog';

const PAGE_SIZE = 50;

/** The numbers nobody may call: searched, paged, added by hand, removed with a reason. */
export function DncScreen() {
  const settings = useSettings();
  const country = repCountryOf(settings.status === 'ready' ? settings.value : null);
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 250);
  const [page, setPage] = useState({ query, offset: 0 });
  // A new search starts at its first page.
  const offset = page.query === query ? page.offset : 0;
  const load = useCallback(
    () => getBridge().dnc.list({ ...(query ? { search: query } : {}), offset, limit: PAGE_SIZE }),
    [query, offset],
  );
  const { value, reload } = useLoaded(load);
  // An outcome on the dialer or another window may change the list.
  const subscribe = useCallback(
    () => getBridge().events.subscribe('dnc.changed', reload),
    [reload],
  );
  useFreshWhileShown(reload, subscribe);
  const [removing, setRemoving] = useState<DncEntry | null>(null);
  const total = value.status === 'ready' ? value.value.total : 0;
  const entries = value.status === 'ready' ? value.value.entries : [];

  return (
    <ScreenPage
      title="Do-not-call"
      summary="Numbers on this list are never dialed: checked at import and again at every dial."
    >
      <div className="dnc-layout">
        <section className="panel dnc-list" aria-label="Listed numbers">
          <div className="list-toolbar">
            <label className="search-field">
              <span className="visually-hidden">Search numbers and reasons</span>
              <input
                type="search"
                className="text-input"
                data-testid="dnc-search"
                placeholder="Search a number or a reason"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            </label>
            <Pager
              offset={offset}
              shown={entries.length}
              total={total}
              pageSize={PAGE_SIZE}
              empty="No numbers"
              testId="dnc-range"
              onOffset={(next) => setPage({ query, offset: next })}
            />
          </div>
          {value.status === 'error' && <ErrorText message={value.message} />}
          {value.status === 'ready' && entries.length === 0 ? (
            <p className="muted empty-state">
              {query ? `Nothing on the list matches “${query}”.` : 'The list is empty.'}
            </p>
          ) : (
            <DncTable entries={entries} homeCountry={country} onRemove={setRemoving} />
          )}
        </section>
        <div className="dnc-side">
          <DncAddForm defaultCountry={country} onAdded={reload} />
          <DncBulkImport onImported={reload} />
        </div>
      </div>
      {removing && (
        <RemoveDncDialog
          entry={removing}
          homeCountry={country}
          onRemoved={() => {
            setRemoving(null);
            reload();
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </ScreenPage>
  );
}
