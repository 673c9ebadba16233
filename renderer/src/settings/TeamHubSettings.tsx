import type { PublicSettings } from '../../../shared/domain/settings';
import { isTeamRep } from '../../../shared/domain/team-mode';
import { useFloorStatus } from '../floor/use-floor-status';
import { SecretField } from '../telephony/SecretField';
import { SaveForm } from '../ui/SaveForm';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { ROLE_CHOICE } from './team-hub-fields';
import { draftFromHubSettings, hubSettingsPatch } from './team-hub-draft';
import { SettingsFormActions } from './SettingsFormActions';
import { useSettingsDraft } from './use-settings-draft';
import { useUnsavedChanges } from '../shell/unsaved-changes';

const TEAM_REP_ROLE_HINT =
  'On a team hub only the team’s supervisor credential makes this app a supervisor’s: enter the team token below first.';

const LINK_WORDS = {
  off: 'not linked',
  connecting: 'connecting…',
  connected: 'connected',
  offline: 'offline (retrying)',
} as const;

/** Who uses this app, and how it reaches the team hub (docs/FLOOR.md). */
export function TeamHubSettings({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, draftFromHubSettings, hubSettingsPatch);
  const { draft, change, errors, save } = form;
  useUnsavedChanges('Team floor', form.dirty, form.discard);
  const status = useFloorStatus();
  const supervisor = draft.role === 'supervisor';

  return (
    <SaveForm
      className="panel settings-section"
      aria-labelledby="team-hub-title"
      data-testid="team-hub-settings"
      onSave={save}
    >
      <h2 id="team-hub-title">Team floor</h2>
      {status.status === 'ready' && (
        <p className="muted" role="status">
          Link to the team hub: <strong>{LINK_WORDS[status.value.state]}</strong>
          {status.value.waiting > 0 && ` · ${status.value.waiting} events waiting to be sent`}
          {status.value.lastError && ` · ${status.value.lastError}`}
        </p>
      )}
      <div className="settings-grid">
        <SelectField
          {...ROLE_CHOICE}
          hint={isTeamRep(settings) ? TEAM_REP_ROLE_HINT : ROLE_CHOICE.hint}
          value={draft.role}
          onChange={(role) => change({ role })}
        />
        <TextField
          id="hub-url"
          label="Hub address"
          hint={
            supervisor
              ? 'Empty: this app hosts the team hub. An address: follow a hub that runs elsewhere.'
              : 'The address your supervisor’s Dialdeck shows under “Reps connect to”.'
          }
          error={errors.get('hubUrl')}
          spellCheck={false}
          placeholder="http://10.0.0.5:5190"
          value={draft.hubUrl}
          onChange={(hubUrl) => change({ hubUrl })}
        />
        {supervisor && (
          <TextField
            id="hub-port"
            label="Hub port (hosting)"
            hint="0 picks a free port."
            error={errors.get('hubPort')}
            inputMode="numeric"
            value={draft.hubPort}
            onChange={(hubPort) => change({ hubPort })}
          />
        )}
        {supervisor && (
          <label className="field" htmlFor="hub-lan">
            <span>
              <input
                id="hub-lan"
                type="checkbox"
                checked={draft.hubExposeOnLan}
                onChange={(event) => change({ hubExposeOnLan: event.target.checked })}
              />{' '}
              Let reps on the local network connect (otherwise this computer only)
            </span>
          </label>
        )}
        {supervisor && (
          <TextField
            id="hub-cert"
            label="TLS certificate file (PEM)"
            hint="With a key: the hub serves HTTPS/WSS only."
            spellCheck={false}
            value={draft.hubTlsCertFile}
            onChange={(hubTlsCertFile) => change({ hubTlsCertFile })}
          />
        )}
        {supervisor && (
          <TextField
            id="hub-key"
            label="TLS key file (PEM)"
            spellCheck={false}
            value={draft.hubTlsKeyFile}
            onChange={(hubTlsKeyFile) => change({ hubTlsKeyFile })}
          />
        )}
        <TextField
          id="hub-ca"
          label="Trusted hub certificate (PEM)"
          hint="Only for a hub with a self-signed certificate."
          spellCheck={false}
          value={draft.hubTlsCaFile}
          onChange={(hubTlsCaFile) => change({ hubTlsCaFile })}
        />
      </div>
      <SettingsFormActions form={form} saveLabel="Save team floor settings" />
      <div className="settings-secrets">
        <SecretField
          name="hubToken"
          label="Team token"
          hint="From the supervisor (or npm run hub). Sealed on this computer, never shown again."
          isSet={settings.secretsSet.hubToken}
          testId="hub-token"
        />
        {!supervisor && (
          <SecretField
            name="hubRepKey"
            label="Your rep key (optional, stronger)"
            hint="A key only you hold (npm run hub -- --rep-key YOUR_ID): nobody else can publish as you."
            isSet={settings.secretsSet.hubRepKey}
            testId="hub-rep-key"
          />
        )}
        {supervisor && (
          <SecretField
            name="hubDatabaseUrl"
            label="Hub database on a PostgreSQL server (optional)"
            hint="postgres://ROLE:PASSWORD@HOST:5432/DATABASE — empty: the hub keeps its data in this computer's data folder. Sealed, never shown again; applies when the hub restarts (now, on save)."
            isSet={settings.secretsSet.hubDatabaseUrl}
            testId="hub-database-url"
          />
        )}
        {supervisor && (
          <p className="muted">
            Reps need the hub address and the team token: both are in the wall-screen address on the
            Floor screen (Show), the token after <code>token=</code>.
          </p>
        )}
      </div>
    </SaveForm>
  );
}
