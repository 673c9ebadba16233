import './lead-search.css';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import {
  EMPTY_LEAD_SEARCH,
  LEAD_SEARCH_MAX_CHARS,
  type LeadSearchQuery,
  type LeadSortColumn,
} from '../../../shared/domain/lead-search';
import { getBridge } from '../bridge/get-bridge';
import { useCampaigns } from '../campaigns/use-campaigns';
import { LeadPage } from '../lead-page/LeadPage';
import { useFreshWhileShown } from '../shell/screen-active';
import { ErrorText } from '../ui/ErrorText';
import { Kbd } from '../ui/Kbd';
import { useDebounced } from '../ui/use-debounced';
import { SearchFilters } from './SearchFilters';
import { useLeadSearch } from './use-lead-search';
import { VirtualLeadList } from './VirtualLeadList';

interface LeadFinderProps {
  homeCountry: string | null;
  repName: string;
  /** Bumped by `/`: the search box takes focus. */
  focusRequest: number;
  canDialLead: boolean;
  onOpenDialer: () => void;
}

/** Any lead of any campaign: type, move with the arrows, Enter opens its page. */
export function LeadFinder(props: LeadFinderProps) {
  const [typed, setTyped] = useState('');
  const [filters, setFilters] = useState<LeadSearchQuery>(EMPTY_LEAD_SEARCH);
  const [active, setActive] = useState(0);
  // A lead opened under an earlier `/` is closed by the next one: the search takes over.
  const [opened, setOpened] = useState<{ leadId: number; request: number } | null>(null);
  const openLeadId = opened?.request === props.focusRequest ? opened.leadId : null;
  const setOpenLeadId = (leadId: number | null) =>
    setOpened(leadId === null ? null : { leadId, request: props.focusRequest });
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const text = useDebounced(typed, 150);
  const query = useMemo(() => ({ ...filters, text }), [filters, text]);
  const results = useLeadSearch(query);
  const campaigns = useCampaigns();
  const campaignList = campaigns.value.status === 'ready' ? campaigns.value.value : [];
  const total = results.state.status === 'ready' ? results.state.total : 0;

  const { reload } = results;
  const subscribe = useCallback(() => {
    const events = getBridge().events;
    const stops = [
      events.subscribe('queue.changed', reload),
      events.subscribe('leads.indexed', reload),
    ];
    return () => stops.forEach((stop) => stop());
  }, [reload]);
  useFreshWhileShown(reload, subscribe);

  useEffect(() => {
    if (props.focusRequest === 0) return;
    // After the screen's own focus move (its title takes focus when it comes into view).
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [props.focusRequest]);

  const open = (index: number) => {
    const row = results.rowAt(index);
    if (row) setOpenLeadId(row.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(Math.max(0, current + step), Math.max(0, total - 1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    }
  };
  const sortBy = (column: LeadSortColumn) =>
    setFilters((current) => ({
      ...current,
      sort: column,
      descending: current.sort === column ? !current.descending : false,
    }));

  if (openLeadId !== null) {
    return (
      <LeadPage
        leadId={openLeadId}
        homeCountry={props.homeCountry}
        repName={props.repName}
        campaigns={campaignList}
        canDialLead={props.canDialLead}
        onOpenDialer={props.onOpenDialer}
        onBack={() => {
          setOpenLeadId(null);
          reload();
          requestAnimationFrame(() => input.current?.focus());
        }}
      />
    );
  }

  const settled = results.answered?.text === typed;
  return (
    <div className="lead-finder">
      <div className="list-toolbar">
        <input
          ref={input}
          type="search"
          className="search-field lead-search-input"
          data-testid="lead-search-input"
          aria-label="Search leads"
          aria-controls={listId}
          aria-activedescendant={total > 0 ? `${listId}-${active}` : undefined}
          placeholder="Name, company, email, phone, id or source"
          maxLength={LEAD_SEARCH_MAX_CHARS}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <span className="muted">
          <Kbd>/</Kbd> search · <Kbd>↑</Kbd>
          <Kbd>↓</Kbd> move · <Kbd>Enter</Kbd> open
        </span>
      </div>
      <SearchFilters
        query={filters}
        campaigns={campaignList}
        onChange={(patch) => {
          setFilters((current) => ({ ...current, ...patch }));
          setActive(0);
        }}
      />
      {results.state.status === 'error' ? (
        <ErrorText message={results.state.message} />
      ) : (
        <p
          className="muted"
          data-testid="lead-search-count"
          data-state={results.state.status === 'ready' && settled ? 'ready' : 'loading'}
        >
          {results.state.status === 'ready'
            ? `${total.toLocaleString()} lead${total === 1 ? '' : 's'}`
            : 'Searching…'}
        </p>
      )}
      {results.state.status === 'ready' && results.state.notYetSearchable > 0 && (
        <p className="muted" data-testid="lead-search-behind">
          {`${results.state.notYetSearchable.toLocaleString()} leads added moments ago are still being added to the search.`}
        </p>
      )}
      <VirtualLeadList
        listId={listId}
        total={total}
        active={active}
        rowAt={results.rowAt}
        ensure={results.ensure}
        sort={filters.sort}
        descending={filters.descending}
        homeCountry={props.homeCountry}
        campaignName={(id) => campaignList.find((campaign) => campaign.id === id)?.name ?? id}
        onSort={sortBy}
        onActive={setActive}
        onOpen={open}
      />
    </div>
  );
}
