import type { PublicSettings } from '../../../shared/domain/settings';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadSettings = (api: DialdeckApi) => api.settings.get();

/** The settings the renderer may see, replaced on every `settings.changed`. */
export function useSettings() {
  return useLiveValue('settings.changed', loadSettings);
}

/** The rep's country (ISO 3166-1 alpha-2), once the settings are in. */
export function repCountryOf(settings: PublicSettings | null): string | null {
  return settings?.repCountry || null;
}
