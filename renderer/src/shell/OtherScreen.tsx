import type { AppInfo } from '../../../shared/domain/app-info';
import { CallbacksScreen } from '../callbacks/CallbacksScreen';
import { CampaignsScreen } from '../campaigns/CampaignsScreen';
import { DncScreen } from '../dnc/DncScreen';
import type { ImportWizard } from '../imports/use-import-wizard';
import { LeadsScreen, type LeadsSection } from '../leads/LeadsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import type { OpenScreen } from './RepShell';

interface OtherScreenProps {
  screen: OpenScreen;
  info: AppInfo;
  clockOffset: number;
  wizard: ImportWizard;
  leadsSection: LeadsSection;
  onLeadsSection: (section: LeadsSection) => void;
  onOpen: (screen: OpenScreen) => void;
}

/** Every screen but the dialer, chosen by the navigation. */
export function OtherScreen(props: OtherScreenProps) {
  const { screen, info, clockOffset, onOpen } = props;
  switch (screen.id) {
    case 'dial':
      return null;
    case 'leads':
      return (
        <LeadsScreen
          info={info}
          wizard={props.wizard}
          section={props.leadsSection}
          onSection={props.onLeadsSection}
          onOpenDialer={() => onOpen({ id: 'dial' })}
        />
      );
    case 'callbacks':
      return (
        <CallbacksScreen
          key={screen.leadId ?? 'all'}
          repTimeZone={info.repTimeZone}
          homeCountry={info.repCountry}
          clockOffset={clockOffset}
          focusLeadId={screen.leadId ?? null}
        />
      );
    case 'dnc':
      return <DncScreen />;
    case 'campaigns':
      return <CampaignsScreen repName={info.repName} />;
    case 'settings':
      return <SettingsScreen />;
  }
}
