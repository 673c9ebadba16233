import type { PublicSettings } from '../../../../shared/domain/settings';
import { sipSettingsShape } from '../../../../shared/ipc/sip-validators';

type SipSettings = Pick<
  PublicSettings,
  | 'sipWebSocketUrl'
  | 'sipUri'
  | 'sipAuthUser'
  | 'sipRealm'
  | 'sipRegister'
  | 'sipOutboundProxy'
  | 'sipCallerId'
  | 'sipCallerIdHeader'
  | 'sipNumberFormat'
  | 'sipDialPrefix'
  | 'sipIceServers'
  | 'sipTurnUsername'
>;

/** Nothing set up yet: most PBXes want REGISTER and numbers as E.164. */
export const SIP_DEFAULTS: SipSettings = {
  sipWebSocketUrl: null,
  sipUri: null,
  sipAuthUser: null,
  sipRealm: null,
  sipRegister: true,
  sipOutboundProxy: null,
  sipCallerId: null,
  sipCallerIdHeader: 'from',
  sipNumberFormat: 'e164',
  sipDialPrefix: null,
  sipIceServers: [],
  sipTurnUsername: null,
};

/** Stored values obey the same rules as the ones the settings screen may send. */
export const storedSipShape = sipSettingsShape;
