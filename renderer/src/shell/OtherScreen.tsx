import type { AppInfo } from '../../../shared/domain/app-info';
import { CallbacksScreen } from '../callbacks/CallbacksScreen';
import { CampaignsScreen } from '../campaigns/CampaignsScreen';
import { DncScreen } from '../dnc/DncScreen';
import type { ImportWizard } from '../imports/use-import-wizard';
import { LeadsScreen, type LeadsSection } from '../leads/LeadsScreen';
import { MyWeekScreen } from '../reports/MyWeekScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import type { OpenScreen } from './open-screen';
import type { ScreenId } from './screens';

interface OtherScreenProps {
  id: Exclude<ScreenId, 'dial'>;
  /** The callback to bring into focus (the callbacks screen opened from a reminder). */
  callbackLeadId: number | null;
  info: AppInfo;
  clockOffset: number;
  wizard: ImportWizard;
  leadsSection: LeadsSection;
  /** Bumped by `/`: the lead search takes focus. */
  searchFocus: number;
  onLeadsSection: (section: LeadsSection) => void;
  onOpen: (screen: OpenScreen) => void;
  /** Dialing a picked lead is possible now (between calls). */
  canDialLead: boolean;
  onDialLead: (leadId: number) => void;
}

/** One of the screens around the dialer. */
export function OtherScreen(props: OtherScreenProps) {
  const { info, clockOffset, onOpen } = props;
  switch (props.id) {
    case 'leads':
      return (
        <LeadsScreen
          info={info}
          wizard={props.wizard}
          section={props.leadsSection}
          onSection={props.onLeadsSection}
          onOpenDialer={() => onOpen({ id: 'dial' })}
          searchFocus={props.searchFocus}
          canDialLead={props.canDialLead}
        />
      );
    case 'callbacks':
      return (
        <CallbacksScreen
          key={props.callbackLeadId ?? 'all'}
          repTimeZone={info.repTimeZone}
          homeCountry={info.repCountry}
          clockOffset={clockOffset}
          focusLeadId={props.callbackLeadId}
          canDial={props.canDialLead}
          onDial={props.onDialLead}
        />
      );
    case 'dnc':
      return <DncScreen />;
    case 'campaigns':
      return <CampaignsScreen repName={info.repName} />;
    case 'settings':
      return <SettingsScreen />;
    case 'myweek':
      return <MyWeekScreen info={info} clockOffset={clockOffset} />;
  }
}
