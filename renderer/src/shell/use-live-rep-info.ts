import type { AppInfo } from '../../../shared/domain/app-info';
import { useSettings } from '../settings/use-settings';

/** The app's info with the rep's name, zone, country and line as the settings say now (they can change). */
export function useLiveRepInfo(info: AppInfo): AppInfo {
  const settings = useSettings();
  if (settings.status !== 'ready') return info;
  const { repName, repTimeZone, repCountry, telephonyProvider } = settings.value;
  return { ...info, repName, repTimeZone, repCountry, telephonyProvider };
}
