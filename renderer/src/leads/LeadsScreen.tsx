import { useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import { useCampaigns } from '../campaigns/use-campaigns';
import { ImportWizard } from '../imports/ImportWizard';
import type { ImportWizard as Wizard } from '../imports/use-import-wizard';
import { repCountryOf, useSettings } from '../settings/use-settings';
import { ErrorText } from '../ui/ErrorText';
import { ScreenPage } from '../ui/ScreenPage';
import { LeadFinder } from '../lead-search/LeadFinder';
import { HeldLeads } from './HeldLeads';
import { HELD_PAGE_SIZE, useHeldLeads } from './use-held-leads';

export type LeadsSection = 'find' | 'import' | 'held';

interface LeadsScreenProps {
  info: AppInfo;
  wizard: Wizard;
  section: LeadsSection;
  onSection: (section: LeadsSection) => void;
  onOpenDialer: () => void;
  /** Bumped by `/`: the search takes focus. */
  searchFocus: number;
  canDialLead: boolean;
}

/** Leads in: the import wizard, and the leads it held for review. */
export function LeadsScreen(props: LeadsScreenProps) {
  const { info, wizard, section, onSection, onOpenDialer } = props;
  const campaigns = useCampaigns();
  const settings = useSettings();
  const [heldOffset, setHeldOffset] = useState(0);
  const held = useHeldLeads(heldOffset);
  const country = repCountryOf(settings.status === 'ready' ? settings.value : null);
  const heldCount = held.value.status === 'ready' ? held.value.value.total : null;
  return (
    <ScreenPage
      title="Leads"
      summary="Find any lead, import a CRM export into a campaign, and release the leads it held for review."
      actions={
        <div className="segmented" role="tablist" aria-label="Leads">
          <button
            type="button"
            role="tab"
            className="segment"
            data-testid="leads-find-tab"
            aria-selected={section === 'find'}
            onClick={() => onSection('find')}
          >
            Find a lead
          </button>
          <button
            type="button"
            role="tab"
            className="segment"
            data-testid="leads-import-tab"
            aria-selected={section === 'import'}
            onClick={() => onSection('import')}
          >
            Import a file
          </button>
          <button
            type="button"
            role="tab"
            className="segment"
            data-testid="leads-held-tab"
            aria-selected={section === 'held'}
            onClick={() => onSection('held')}
          >
            Held for review {heldCount !== null && <span className="muted">{heldCount}</span>}
          </button>
        </div>
      }
    >
      {section === 'find' ? (
        <LeadFinder
          homeCountry={country}
          repName={info.repName}
          focusRequest={props.searchFocus}
          canDialLead={props.canDialLead}
          onOpenDialer={onOpenDialer}
        />
      ) : section === 'import' ? (
        campaigns.value.status === 'error' ? (
          <ErrorText message={campaigns.value.message} />
        ) : (
          <ImportWizard
            wizard={wizard}
            campaigns={campaigns.value.status === 'ready' ? campaigns.value.value : []}
            defaultCountry={country}
            repTimeZone={info.repTimeZone}
            onReviewHeld={() => onSection('held')}
            onOpenDialer={onOpenDialer}
          />
        )
      ) : (
        <HeldLeads
          held={held.value}
          offset={heldOffset}
          pageSize={HELD_PAGE_SIZE}
          homeCountry={country}
          onOffset={setHeldOffset}
          onChanged={held.reload}
        />
      )}
    </ScreenPage>
  );
}
