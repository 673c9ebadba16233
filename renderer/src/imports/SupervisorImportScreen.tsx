import { useCampaigns } from '../campaigns/use-campaigns';
import { repCountryOf, useSettings } from '../settings/use-settings';
import { ErrorText } from '../ui/ErrorText';
import { ScreenPage } from '../ui/ScreenPage';
import { ImportWizard } from './ImportWizard';
import type { ImportWizard as Wizard } from './use-import-wizard';
import { teamDestinationOf, useTeamCampaignChoices } from './use-team-campaign-choices';

/**
 * The supervisor's import: a CRM export into a team campaign (the hub imports it into the team
 * pool, all or nothing) or into the supervisor's own leads, with the rep's wizard and report.
 */
export function SupervisorImportScreen({ wizard }: { wizard: Wizard }) {
  const campaigns = useCampaigns();
  const settings = useSettings();
  const teamCampaigns = useTeamCampaignChoices();
  const ready = settings.status === 'ready' ? settings.value : null;
  return (
    <ScreenPage
      title="Import leads"
      summary="A CRM export into a team campaign, whose leads the team pool offers to the reps, or into your own leads."
    >
      {campaigns.value.status === 'error' && <ErrorText message={campaigns.value.message} />}
      <ImportWizard
        wizard={wizard}
        campaigns={campaigns.value.status === 'ready' ? campaigns.value.value : []}
        team={teamDestinationOf(teamCampaigns.value)}
        defaultCountry={repCountryOf(ready)}
        repTimeZone={ready?.repTimeZone ?? 'UTC'}
      />
    </ScreenPage>
  );
}
