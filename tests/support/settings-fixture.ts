import { HUB_SETTING_DEFAULTS } from '../../electron/core/platform/settings/hub-settings';
import { LEAD_SETTING_DEFAULTS } from '../../electron/core/platform/settings/lead-settings';
import { LOCAL_PRESENCE_DEFAULTS } from '../../electron/core/platform/settings/local-presence-settings';
import { SIP_DEFAULTS } from '../../electron/core/platform/settings/sip-settings';
import { TWILIO_DEFAULTS } from '../../electron/core/platform/settings/twilio-settings';

/** Stored settings (no secrets) for rep Ana in Chicago on the simulated line, power dialing, 10 s wrap-up. */
export const ANA_SETTINGS = {
  repId: 'ana',
  repName: 'Ana',
  role: 'rep' as const,
  setupComplete: true,
  repTimeZone: 'America/Chicago',
  telephonyProvider: 'simulated' as const,
  dialMode: 'power' as const,
  wrapUpSeconds: 10,
  keepOutcomesNotOnTheLine: false,
  shiftStart: '09:00',
  shiftEnd: '17:00',
  ...TWILIO_DEFAULTS,
  ...SIP_DEFAULTS,
  ...HUB_SETTING_DEFAULTS,
  ...LEAD_SETTING_DEFAULTS,
  ...LOCAL_PRESENCE_DEFAULTS,
};
