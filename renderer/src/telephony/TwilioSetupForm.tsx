import type { PublicSettings } from '../../../shared/domain/settings';
import { TWILIO_EDGES, type TwilioTokenMode } from '../../../shared/domain/twilio';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';
import { SaveForm } from '../ui/SaveForm';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { SettingsFormActions } from '../settings/SettingsFormActions';
import { useSettingsDraft } from '../settings/use-settings-draft';
import { SecretField } from './SecretField';
import { EDGE_LABELS, twilioDraftFrom, twilioPatch } from './twilio-draft';
import {
  API_KEY_SECRET,
  TOKEN_URL_KEY,
  TWILIO_TEXT_FIELDS,
  type TwilioSecretField,
  type TwilioTextKey,
} from './twilio-fields';

const TOKEN_MODES: readonly RadioOption<TwilioTokenMode>[] = [
  {
    value: 'mint',
    label: 'Made on this computer from an API key (the secret stays encrypted here)',
    testId: 'twilio-token-mode-mint',
  },
  { value: 'url', label: 'From your team’s token server', testId: 'twilio-token-mode-url' },
];

const EDGE_OPTIONS = TWILIO_EDGES.map((edge) => ({ value: edge, label: EDGE_LABELS[edge] }));

/** Where tokens come from, the TwiML App, the caller ID and the edge; secrets are write-only. */
export function TwilioSetupForm({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, twilioDraftFrom, twilioPatch);
  const { draft, change, errors, save } = form;
  const text = (key: TwilioTextKey) => {
    const field = TWILIO_TEXT_FIELDS[key];
    return (
      <TextField
        id={field.id}
        label={field.label}
        hint={field.hint}
        error={errors.get(key)}
        testId={field.id}
        placeholder={field.placeholder}
        spellCheck={false}
        autoComplete="off"
        value={draft[key]}
        onChange={(value) => change({ [key]: value })}
      />
    );
  };

  const secret = (field: TwilioSecretField) => (
    <SecretField {...field} isSet={settings.secretsSet[field.name]} />
  );

  return (
    <SaveForm className="twilio-setup" aria-labelledby="twilio-setup-title" onSave={save}>
      <h3 id="twilio-setup-title">Twilio</h3>
      <RadioGroup
        legend="Access tokens"
        name="twilio-token-mode"
        value={draft.tokenMode}
        options={TOKEN_MODES}
        onChange={(tokenMode) => change({ tokenMode })}
      />
      <div className="settings-grid">
        {draft.tokenMode === 'mint' ? (
          <>
            {text('accountSid')}
            {text('apiKeySid')}
            {secret(API_KEY_SECRET)}
          </>
        ) : (
          <>
            {text('tokenUrl')}
            {secret(TOKEN_URL_KEY)}
          </>
        )}
        {text('appSid')}
        {text('callerId')}
        <SelectField
          id="twilio-edge"
          label="Edge"
          hint="The Twilio data center your audio goes through; the nearest sounds best."
          testId="twilio-edge"
          value={draft.edge}
          options={EDGE_OPTIONS}
          onChange={(edge) => change({ edge })}
        />
      </div>
      <SettingsFormActions form={form} saveLabel="Save Twilio settings" saveTestId="twilio-save" />
    </SaveForm>
  );
}
