import type { AppInfo } from '../../domain/app-info';
import type { PublicSettings, SecretName, SettingsPatch } from '../../domain/settings';

export interface AppMethods {
  'app.info': () => AppInfo;
  'settings.get': () => PublicSettings;
  'settings.update': (patch: SettingsPatch) => PublicSettings;
  'settings.setSecret': (name: SecretName, value: string) => PublicSettings;
}

export interface AppEvents {
  'settings.changed': PublicSettings;
}
