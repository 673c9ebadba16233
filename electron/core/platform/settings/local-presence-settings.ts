import type { PublicSettings } from '../../../../shared/domain/settings';
import { NO_LOCAL_PRESENCE } from '../../../../shared/domain/local-presence';
import { localPresenceSettingsShape } from '../../../../shared/ipc/local-presence-validators';

/** An empty pool: every line presents its own caller ID until the team adds numbers. */
export const LOCAL_PRESENCE_DEFAULTS: Pick<PublicSettings, 'localPresence'> = {
  localPresence: NO_LOCAL_PRESENCE,
};

/** Stored values obey the same rules as the ones the settings screen may send. */
export const storedLocalPresenceShape = localPresenceSettingsShape;
