import type { PublicSettings } from '../../../shared/domain/settings';
import { TWILIO_EDGES, type TwilioEdge } from '../../../shared/domain/twilio';
import { Field } from '../ui/Field';
import { SettingsFormActions } from '../settings/SettingsFormActions';
import { useSettingsDraft } from '../settings/use-settings-draft';
import { SecretField } from './SecretField';
import { EDGE_LABELS, twilioDraftFrom, twilioPatch, type TwilioDraft } from './twilio-draft';

/** Where tokens come from, the TwiML App, the caller ID and the edge; secrets are write-only. */
export function TwilioSetupForm({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, twilioDraftFrom, twilioPatch);
  const { draft, change, errors, save } = form;
  const text = (key: keyof TwilioDraft, id: string, testId: string, placeholder: string) => (
    <input
      id={id}
      className="text-input"
      spellCheck={false}
      autoComplete="off"
      data-testid={testId}
      placeholder={placeholder}
      value={draft[key]}
      onChange={(event) => change({ [key]: event.target.value })}
    />
  );

  return (
    <form
      noValidate
      className="twilio-setup"
      aria-labelledby="twilio-setup-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="twilio-setup-title">Twilio</h3>
      <fieldset className="field radio-row">
        <legend className="field-label">Access tokens</legend>
        <label className="radio">
          <input
            type="radio"
            name="twilio-token-mode"
            data-testid="twilio-token-mode-mint"
            checked={draft.tokenMode === 'mint'}
            onChange={() => change({ tokenMode: 'mint' })}
          />
          Made on this computer from an API key (the secret stays encrypted here)
        </label>
        <label className="radio">
          <input
            type="radio"
            name="twilio-token-mode"
            data-testid="twilio-token-mode-url"
            checked={draft.tokenMode === 'url'}
            onChange={() => change({ tokenMode: 'url' })}
          />
          From your team’s token server
        </label>
      </fieldset>
      <div className="settings-grid">
        {draft.tokenMode === 'mint' ? (
          <>
            <Field
              label="Account SID"
              htmlFor="twilio-account-sid"
              hint="Twilio Console › Account info; starts with AC."
              error={errors.get('accountSid')}
            >
              {text('accountSid', 'twilio-account-sid', 'twilio-account-sid', 'AC…')}
            </Field>
            <Field
              label="API key SID"
              htmlFor="twilio-api-key-sid"
              hint="Console › Account › API keys & tokens; starts with SK."
              error={errors.get('apiKeySid')}
            >
              {text('apiKeySid', 'twilio-api-key-sid', 'twilio-api-key-sid', 'SK…')}
            </Field>
            <SecretField
              name="twilioApiKeySecret"
              label="API key secret"
              hint="Shown once by Twilio when the key is made. Signs the access tokens; never leaves this computer."
              isSet={settings.secretsSet.twilioApiKeySecret}
              testId="twilio-api-key-secret"
            />
          </>
        ) : (
          <>
            <Field
              label="Token URL"
              htmlFor="twilio-token-url"
              hint='Dialdeck POSTs {"identity": "…"} and expects {"token": "…"} back.'
              error={errors.get('tokenUrl')}
            >
              {text('tokenUrl', 'twilio-token-url', 'twilio-token-url', 'https://…')}
            </Field>
            <SecretField
              name="twilioTokenUrlKey"
              label="Token server key"
              hint="Sent as “Authorization: Bearer …” if your token server asks for one."
              isSet={settings.secretsSet.twilioTokenUrlKey}
              testId="twilio-token-url-key"
            />
          </>
        )}
        <Field
          label="TwiML App SID"
          htmlFor="twilio-app-sid"
          hint="Console › Voice › TwiML › TwiML Apps; starts with AP. Its Voice URL dials the number."
          error={errors.get('appSid')}
        >
          {text('appSid', 'twilio-app-sid', 'twilio-app-sid', 'AP…')}
        </Field>
        <Field
          label="Caller ID"
          htmlFor="twilio-caller-id"
          hint="The number prospects see. It must be a Twilio number of this account or a caller ID you verified in Twilio, or calls are refused. Empty: the TwiML App decides."
          error={errors.get('callerId')}
        >
          {text('callerId', 'twilio-caller-id', 'twilio-caller-id', '+14155550100')}
        </Field>
        <Field
          label="Edge"
          htmlFor="twilio-edge"
          hint="The Twilio data center your audio goes through; the nearest sounds best."
        >
          <select
            id="twilio-edge"
            className="text-input"
            data-testid="twilio-edge"
            value={draft.edge}
            onChange={(event) => change({ edge: event.target.value as TwilioEdge })}
          >
            {TWILIO_EDGES.map((edge) => (
              <option key={edge} value={edge}>
                {EDGE_LABELS[edge]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <SettingsFormActions form={form} saveLabel="Save Twilio settings" saveTestId="twilio-save" />
    </form>
  );
}
