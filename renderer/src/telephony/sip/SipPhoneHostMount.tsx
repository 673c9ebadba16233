import { useEffect } from 'react';
import { getBridge } from '../../bridge/get-bridge';
import { useSettings } from '../../settings/use-settings';
import { loadJsSip } from './load-jssip';
import { publishSipHostStatus } from './sip-host-status';
import { SipPhoneHost } from './sip-phone-host';

const windowTimers = {
  setTimer(callback: () => void, delayMs: number) {
    const id = window.setTimeout(callback, delayMs);
    return { cancel: () => window.clearTimeout(id) };
  },
};

function newHostId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `window-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Carries the SIP phone in this window while a rep has SIP chosen: mounted once at the root,
 * renders nothing. Leaving the page (close, reload) lets the core know at once.
 */
export function SipPhoneHostMount() {
  const settings = useSettings();
  const active =
    settings.status === 'ready' &&
    settings.value.telephonyProvider === 'sip' &&
    settings.value.role === 'rep';
  useEffect(() => {
    if (!active) return;
    const host = new SipPhoneHost({
      api: getBridge(),
      loadStack: loadJsSip,
      timers: windowTimers,
      newHostId,
      onStatus: publishSipHostStatus,
    });
    void host.start();
    const leave = () => host.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      host.stop();
      publishSipHostStatus(null);
    };
  }, [active]);
  return null;
}
