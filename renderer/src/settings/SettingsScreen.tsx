import { isTeamRep } from '../../../shared/domain/team-mode';
import { TelephonySettings } from '../telephony/TelephonySettings';
import { useDispositions } from '../outcomes/use-dispositions';
import { ErrorText } from '../ui/ErrorText';
import { ScreenPage } from '../ui/ScreenPage';
import { CallingRulesSettings } from './CallingRulesSettings';
import { DispositionsEditor } from './DispositionsEditor';
import { RepSettingsForm } from './RepSettingsForm';
import { TeamHubSettings } from './TeamHubSettings';
import { useSettings } from './use-settings';

/** The rep's settings, the outcomes and the telephony set-up. */
export function SettingsScreen() {
  const settings = useSettings();
  const dispositions = useDispositions();
  return (
    <ScreenPage
      title="Settings"
      summary="Saved on this computer. A save says when its change applies: most at once, the dial mode and wrap-up time from your next start of dialing."
    >
      <div className="settings-stack">
        {settings.status === 'error' && <ErrorText message={settings.message} />}
        {settings.status === 'ready' && <RepSettingsForm settings={settings.value} />}
        {dispositions.status === 'error' && <ErrorText message={dispositions.message} />}
        {dispositions.status === 'ready' && (
          <DispositionsEditor
            key={JSON.stringify(dispositions.value)}
            dispositions={dispositions.value}
            setByTeam={settings.status === 'ready' && isTeamRep(settings.value)}
          />
        )}
        <div className="panel">
          <TelephonySettings />
        </div>
        {settings.status === 'ready' && (
          <CallingRulesSettings mayEdit={settings.value.role === 'supervisor'} />
        )}
        {settings.status === 'ready' && (
          <TeamHubSettings key={settings.value.role} settings={settings.value} />
        )}
      </div>
    </ScreenPage>
  );
}
