import type { PublicSettings } from '../../../../shared/domain/settings';
import { leadSettingsShape } from '../../../../shared/ipc/lead-validators';

type LeadSettings = Pick<PublicSettings, 'repCountry' | 'callbackReminderMinutes'>;

/** The US until the rep says otherwise; a callback reminder five minutes ahead. */
export const LEAD_SETTING_DEFAULTS: LeadSettings = {
  repCountry: 'US',
  callbackReminderMinutes: 5,
};

/** Stored values obey the same rules as the ones the settings screen may send. */
export const storedLeadSettingsShape = leadSettingsShape;
