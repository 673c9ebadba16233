import type { Role } from './rep';

export const SECRET_NAMES = ['twilioApiKeySecret', 'twilioAuthToken', 'hubToken'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Settings the renderer may see and change. Secrets never appear here, only whether one is set. */
export interface PublicSettings {
  repId: string;
  repName: string;
  role: Role;
  repTimeZone: string;
  telephonyProvider: 'simulated' | 'twilio';
  wrapUpSeconds: number;
  secretsSet: Record<SecretName, boolean>;
}

export type SettingsPatch = Partial<Omit<PublicSettings, 'secretsSet'>>;
