import type { Role } from './rep';

export type RuntimeMode = 'electron' | 'browser';

export interface AppInfo {
  version: string;
  mode: RuntimeMode;
  role: Role;
  repId: string;
  repName: string;
  repTimeZone: string;
  telephonyProvider: string;
}
