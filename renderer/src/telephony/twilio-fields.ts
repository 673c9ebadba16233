import type { SecretName } from '../../../shared/domain/settings';
import { TWILIO_EDGES, type TwilioEdge, type TwilioTokenMode } from '../../../shared/domain/twilio';
import type { RadioChoice } from '../ui/RadioGroup';
import type { SelectChoice } from '../ui/SelectField';
import { EDGE_LABELS } from './twilio-draft';

export const TOKEN_MODE_CHOICE: RadioChoice<TwilioTokenMode> = {
  legend: 'Access tokens',
  name: 'twilio-token-mode',
  options: [
    {
      value: 'mint',
      label: 'Made on this computer from an API key (the secret stays encrypted here)',
      testId: 'twilio-token-mode-mint',
    },
    { value: 'url', label: 'From your team’s token server', testId: 'twilio-token-mode-url' },
  ],
};

export const EDGE_CHOICE: SelectChoice<TwilioEdge> = {
  id: 'twilio-edge',
  label: 'Edge',
  hint: 'The Twilio data center your audio goes through; the nearest sounds best.',
  testId: 'twilio-edge',
  options: TWILIO_EDGES.map((edge) => ({ value: edge, label: EDGE_LABELS[edge] })),
};

/** The Twilio set-up's text fields, by their key in the draft. */
export type TwilioTextKey = 'accountSid' | 'apiKeySid' | 'tokenUrl' | 'appSid' | 'callerId';

export interface TwilioTextField {
  /** The input's id, also its test hook. */
  id: string;
  label: string;
  hint: string;
  placeholder: string;
}

export const TWILIO_TEXT_FIELDS: Readonly<Record<TwilioTextKey, TwilioTextField>> = {
  accountSid: {
    id: 'twilio-account-sid',
    label: 'Account SID',
    hint: 'Twilio Console › Account info; starts with AC.',
    placeholder: 'AC…',
  },
  apiKeySid: {
    id: 'twilio-api-key-sid',
    label: 'API key SID',
    hint: 'Console › Account › API keys & tokens; starts with SK.',
    placeholder: 'SK…',
  },
  tokenUrl: {
    id: 'twilio-token-url',
    label: 'Token URL',
    hint: 'Dialdeck POSTs {"identity": "…"} and expects {"token": "…"} back.',
    placeholder: 'https://…',
  },
  appSid: {
    id: 'twilio-app-sid',
    label: 'TwiML App SID',
    hint: 'Console › Voice › TwiML › TwiML Apps; starts with AP. Its Voice URL dials the number.',
    placeholder: 'AP…',
  },
  callerId: {
    id: 'twilio-caller-id',
    label: 'Caller ID',
    hint: 'The number prospects see. It must be a Twilio number of this account or a caller ID you verified in Twilio, or calls are refused. Empty: the TwiML App decides.',
    placeholder: '+14155550100',
  },
};

/** The Twilio set-up's secrets: write-only, each saved on its own. */
export interface TwilioSecretField {
  name: Extract<SecretName, 'twilioApiKeySecret' | 'twilioTokenUrlKey'>;
  label: string;
  hint: string;
  testId: string;
}

export const API_KEY_SECRET: TwilioSecretField = {
  name: 'twilioApiKeySecret',
  label: 'API key secret',
  hint: 'Shown once by Twilio when the key is made. Signs the access tokens; never leaves this computer.',
  testId: 'twilio-api-key-secret',
};

export const TOKEN_URL_KEY: TwilioSecretField = {
  name: 'twilioTokenUrlKey',
  label: 'Token server key',
  hint: 'Sent as “Authorization: Bearer …” if your token server asks for one.',
  testId: 'twilio-token-url-key',
};
