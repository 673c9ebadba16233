import type { PublicSettings } from '../../../../shared/domain/settings';
import { twilioSettingsShape } from '../../../../shared/ipc/telephony-validators';

type TwilioSettings = Pick<
  PublicSettings,
  | 'twilioTokenMode'
  | 'twilioTokenUrl'
  | 'twilioAccountSid'
  | 'twilioApiKeySid'
  | 'twilioAppSid'
  | 'twilioCallerId'
  | 'twilioEdge'
  | 'audioInputDeviceId'
  | 'audioOutputDeviceId'
>;

/** Nothing set up yet: the rep fills it in on the settings screen. */
export const TWILIO_DEFAULTS: TwilioSettings = {
  twilioTokenMode: 'mint',
  twilioTokenUrl: null,
  twilioAccountSid: null,
  twilioApiKeySid: null,
  twilioAppSid: null,
  twilioCallerId: null,
  twilioEdge: 'roaming',
  audioInputDeviceId: null,
  audioOutputDeviceId: null,
};

/** Stored values obey the same rules as the ones the settings screen may send. */
export const storedTwilioShape = twilioSettingsShape;
