import { useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import { TeamCampaignsScreen } from '../campaigns/TeamCampaignsScreen';
import { FloorScreen } from '../floor/FloorScreen';
import { SupervisorImportScreen } from '../imports/SupervisorImportScreen';
import { useImportWizard } from '../imports/use-import-wizard';
import { ReportsScreen, defaultReportChoices } from '../reports/ReportsScreen';
import { TeamHubSettings } from '../settings/TeamHubSettings';
import { useSettings } from '../settings/use-settings';
import { ErrorText } from '../ui/ErrorText';

type SupervisorScreen = 'floor' | 'reports' | 'campaigns' | 'imports' | 'settings';

const SCREEN_NAMES: Record<SupervisorScreen, string> = {
  floor: 'Floor',
  reports: 'Reports',
  campaigns: 'Team campaigns',
  imports: 'Import leads',
  settings: 'Settings',
};

/**
 * The supervisor's app: the floor, the team's reports, the team campaigns, imports, and how it
 * reaches the hub.
 */
export function SupervisorWorkspace({ info }: { info: AppInfo }) {
  const [screen, setScreen] = useState<SupervisorScreen>('floor');
  const settings = useSettings();
  // Above the screens: an upload or an import carries on while the supervisor looks elsewhere.
  const wizard = useImportWizard();
  // Here too: the range and groupings chosen on Reports are still there after a look at the floor.
  const [reportChoices, setReportChoices] = useState(() => defaultReportChoices(info));
  return (
    <div className="supervisor-workspace">
      <nav className="screen-nav" aria-label="Supervisor screens">
        {(['floor', 'reports', 'campaigns', 'imports', 'settings'] as const).map((id) => (
          <button
            key={id}
            type="button"
            className="screen-tab"
            data-testid={`supervisor-nav-${id}`}
            aria-current={screen === id ? 'page' : undefined}
            onClick={() => setScreen(id)}
          >
            {SCREEN_NAMES[id]}
          </button>
        ))}
      </nav>
      {screen === 'floor' && <FloorScreen />}
      {screen === 'reports' && (
        <ReportsScreen choices={reportChoices} onChoices={setReportChoices} />
      )}
      {screen === 'campaigns' && (
        <TeamCampaignsScreen
          supervisorName={settings.status === 'ready' ? settings.value.repName : ''}
        />
      )}
      {screen === 'imports' && <SupervisorImportScreen wizard={wizard} />}
      {screen === 'settings' && (
        <div className="settings-stack supervisor-settings">
          {settings.status === 'error' && <ErrorText message={settings.message} />}
          {settings.status === 'ready' && <TeamHubSettings settings={settings.value} />}
        </div>
      )}
    </div>
  );
}
