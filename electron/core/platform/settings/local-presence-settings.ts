import type { PublicSettings } from '../../../../shared/domain/settings';
import { NO_LOCAL_PRESENCE } from '../../../../shared/domain/local-presence';
import { localPresenceStructure } from '../../../../shared/ipc/local-presence-validators';

/** An empty pool: every line presents its own caller ID until the team adds numbers. */
export const LOCAL_PRESENCE_DEFAULTS: Pick<PublicSettings, 'localPresence'> = {
  localPresence: NO_LOCAL_PRESENCE,
};

/**
 * A stored pool is read by its structure only: a number that a newer libphonenumber-js no longer
 * knows must not reset every setting at start-up. The chooser never presents such a number (it
 * keeps only valid numbers of allowed countries), and the next save checks the whole pool.
 */
export const storedLocalPresenceShape = { localPresence: localPresenceStructure };
