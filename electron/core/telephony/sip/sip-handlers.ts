import type { Handlers } from '../../platform/ipc/dispatcher';
import type { SipLine } from './sip-line';

type SipHandlers = Pick<
  Handlers,
  | 'sip.attachHost'
  | 'sip.hostAlive'
  | 'sip.detachHost'
  | 'sip.report'
  | 'sip.account'
  | 'sip.testConnection'
>;

/** The sip.* methods: the SIP phone's link to the line, its account and the check. */
export function sipHandlers(sip: SipLine): SipHandlers {
  const { provider } = sip;
  return {
    'sip.attachHost': (hostId) => provider.attachHost(hostId),
    'sip.hostAlive': (hostId) => provider.hostAlive(hostId),
    'sip.detachHost': (hostId) => {
      provider.detachHost(hostId);
      return null;
    },
    'sip.report': (hostId, attemptId, report) => {
      provider.report(hostId, attemptId, report);
      return null;
    },
    'sip.account': () => sip.account(),
    'sip.testConnection': () => sip.testConnection(),
  };
}
