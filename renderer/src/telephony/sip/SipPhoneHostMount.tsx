import { getBridge } from '../../bridge/get-bridge';
import { useWindowHost, type WindowHostDeps } from '../use-window-host';
import { loadJsSip } from './load-jssip';
import { publishSipHostStatus } from './sip-host-status';
import { SipPhoneHost } from './sip-phone-host';

function createPhoneHost(deps: WindowHostDeps): SipPhoneHost {
  return new SipPhoneHost({
    ...deps,
    api: getBridge(),
    loadStack: loadJsSip,
    onStatus: publishSipHostStatus,
  });
}

/**
 * Carries the SIP phone in this window while a rep has SIP chosen: mounted once at the root,
 * renders nothing.
 */
export function SipPhoneHostMount() {
  useWindowHost('sip', createPhoneHost, publishSipHostStatus);
  return null;
}
