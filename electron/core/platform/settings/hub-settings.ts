import type { PublicSettings } from '../../../../shared/domain/settings';
import { hubSettingsShape } from '../../../../shared/ipc/floor-validators';

type HubSettings = Pick<
  PublicSettings,
  'hubUrl' | 'hubPort' | 'hubExposeOnLan' | 'hubTlsCertFile' | 'hubTlsKeyFile' | 'hubTlsCaFile'
>;

/** No hub until someone sets one up; a supervisor's hub on this machine only, port 5190. */
export const HUB_SETTING_DEFAULTS: HubSettings = {
  hubUrl: null,
  hubPort: 5190,
  hubExposeOnLan: false,
  hubTlsCertFile: null,
  hubTlsKeyFile: null,
  hubTlsCaFile: null,
};

/** Stored values obey the same rules as the ones the settings screen may send. */
export const storedHubShape = hubSettingsShape;
