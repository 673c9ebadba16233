import type { Handlers } from '../../platform/ipc/dispatcher';
import type { TwilioLine } from './twilio-line';

type TelephonyHandlers = Pick<
  Handlers,
  | 'telephony.attachHost'
  | 'telephony.hostAlive'
  | 'telephony.detachHost'
  | 'telephony.report'
  | 'telephony.token'
  | 'telephony.testConnection'
>;

/** The telephony.* methods: the Device host's link to the Twilio line, tokens and the check. */
export function telephonyHandlers(twilio: TwilioLine): TelephonyHandlers {
  const { provider } = twilio;
  return {
    'telephony.attachHost': (hostId) => provider.attachHost(hostId),
    'telephony.hostAlive': (hostId) => provider.hostAlive(hostId),
    'telephony.detachHost': (hostId) => {
      provider.detachHost(hostId);
      return null;
    },
    'telephony.report': (hostId, attemptId, report) => {
      provider.report(hostId, attemptId, report);
      return null;
    },
    'telephony.token': () => twilio.tokens.issue(),
    'telephony.testConnection': () => twilio.testConnection(),
  };
}
