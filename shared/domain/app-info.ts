import type { Role } from './rep';

export type RuntimeMode = 'electron' | 'browser';

export interface AppInfo {
  version: string;
  mode: RuntimeMode;
  role: Role;
  repId: string;
  repName: string;
  /** False on a new data folder until the rep finishes the first-run setup. */
  setupComplete: boolean;
  repTimeZone: string;
  telephonyProvider: string;
  repCountry: string;
  /** The core's clock (epoch ms) when it answered: a simulated clock differs from the computer's. */
  now: number;
  /** What opening the data folder found that the person must be told: shown as a banner. */
  storeWarnings: string[];
}
