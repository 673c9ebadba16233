import type { PublicSettings } from '../../../shared/domain/settings';
import { isTeamRep, SET_BY_SUPERVISOR } from '../../../shared/domain/team-mode';
import { RadioGroup } from '../ui/RadioGroup';
import { SaveForm } from '../ui/SaveForm';
import { SelectField } from '../ui/SelectField';
import { SettingsFormActions } from '../settings/SettingsFormActions';
import { useSettingsDraft } from '../settings/use-settings-draft';
import { setupFields } from './setup-fields';
import { twilioDraftFrom, twilioPatch } from './twilio-draft';
import {
  API_KEY_SECRET,
  EDGE_CHOICE,
  TOKEN_MODE_CHOICE,
  TOKEN_URL_KEY,
  TWILIO_TEXT_FIELDS,
} from './twilio-fields';

/** Where tokens come from, the TwiML App, the caller ID and the edge; secrets are write-only. */
export function TwilioSetupForm({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, twilioDraftFrom, twilioPatch);
  const { draft, change, save } = form;
  const { text, secret } = setupFields(settings, form, TWILIO_TEXT_FIELDS);

  return (
    <SaveForm className="twilio-setup" aria-labelledby="twilio-setup-title" onSave={save}>
      <h3 id="twilio-setup-title">Twilio</h3>
      <RadioGroup
        {...TOKEN_MODE_CHOICE}
        value={draft.tokenMode}
        onChange={(tokenMode) => change({ tokenMode })}
      />
      <div className="settings-grid">
        {draft.tokenMode === 'mint' ? (
          <>
            {text('accountSid')}
            {text('apiKeySid')}
            {isTeamRep(settings) ? (
              <p className="muted" data-testid="twilio-secret-set-by-team">
                {SET_BY_SUPERVISOR} The team’s API key secret stays with your supervisor: choose the
                team’s token URL.
              </p>
            ) : (
              secret(API_KEY_SECRET)
            )}
          </>
        ) : (
          <>
            {text('tokenUrl')}
            {secret(TOKEN_URL_KEY)}
          </>
        )}
        {text('appSid')}
        {text('callerId')}
        <SelectField {...EDGE_CHOICE} value={draft.edge} onChange={(edge) => change({ edge })} />
      </div>
      <SettingsFormActions form={form} saveLabel="Save Twilio settings" saveTestId="twilio-save" />
    </SaveForm>
  );
}
