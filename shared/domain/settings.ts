import type { Role } from './rep';
import type { DialMode } from './session';

export const SECRET_NAMES = ['twilioApiKeySecret', 'twilioAuthToken', 'hubToken'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Settings the renderer may see and change. Secrets never appear here, only whether one is set. */
export interface PublicSettings {
  repId: string;
  repName: string;
  role: Role;
  repTimeZone: string;
  telephonyProvider: 'simulated' | 'twilio';
  /** power: the next lead is dialed as soon as an outcome is saved · preview: the rep dials it. */
  dialMode: DialMode;
  /** The wrap-up countdown after a call, 1–600 s. */
  wrapUpSeconds: number;
  secretsSet: Record<SecretName, boolean>;
}

export type SettingsPatch = Partial<Omit<PublicSettings, 'secretsSet'>>;
