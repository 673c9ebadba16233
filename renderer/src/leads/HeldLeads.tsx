import { useState } from 'react';
import type { HeldLeadPage, Lead } from '../../../shared/domain/lead';
import type { LiveValue } from '../bridge/use-live-value';
import { ErrorText } from '../ui/ErrorText';
import { Pager } from '../ui/Pager';
import { CloseLeadDialog } from './CloseLeadDialog';
import { HeldLeadRow } from './HeldLeadRow';

interface HeldLeadsProps {
  held: LiveValue<HeldLeadPage>;
  offset: number;
  pageSize: number;
  homeCountry: string | null;
  onOffset: (offset: number) => void;
  onChanged: () => void;
}

/** Leads held at import because their clock is unclear: set a time zone, or close them. */
export function HeldLeads(props: HeldLeadsProps) {
  const { held, homeCountry, onChanged } = props;
  const leads = held.status === 'ready' ? held.value.leads : [];
  const total = held.status === 'ready' ? held.value.total : 0;
  const [closing, setClosing] = useState<Lead | null>(null);
  return (
    <section className="panel held-leads" aria-labelledby="held-title" data-testid="held-leads">
      <div className="list-toolbar">
        <h2 id="held-title" className="panel-title">
          Held for review
        </h2>
        <Pager
          offset={props.offset}
          shown={leads.length}
          total={total}
          pageSize={props.pageSize}
          empty="None"
          onOffset={props.onOffset}
        />
      </div>
      <p className="muted">
        The dialer never calls a lead outside 08:00–21:00 on its own clock. These leads have no
        clear time zone (a country with several, and no state, postal code or area code to tell):
        pick one to release them.
      </p>
      {held.status === 'error' && <ErrorText message={held.message} />}
      {held.status === 'loading' && <p className="muted">Loading…</p>}
      {held.status === 'ready' && total === 0 && (
        <p className="muted empty-state">No lead is waiting for review.</p>
      )}
      {leads.length > 0 && (
        <ul className="held-list">
          {leads.map((lead) => (
            <HeldLeadRow
              key={lead.id}
              lead={lead}
              homeCountry={homeCountry}
              onResolved={onChanged}
              onClose={setClosing}
            />
          ))}
        </ul>
      )}
      {closing && (
        <CloseLeadDialog
          lead={closing}
          onClosed={() => {
            setClosing(null);
            onChanged();
          }}
          onCancel={() => setClosing(null)}
        />
      )}
    </section>
  );
}
