import { useEffect } from 'react';
import { getBridge } from '../bridge/get-bridge';
import { useSettings } from '../settings/use-settings';
import { publishHostStatus } from './host-status';
import { loadVoiceSdk } from './load-voice-sdk';
import { TwilioDeviceHost } from './twilio-device-host';

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
 * Carries the Twilio phone in this window while a rep has Twilio chosen: mounted once at the root,
 * renders nothing. Leaving the page (close, reload) lets the core know at once.
 */
export function TwilioDeviceHostMount() {
  const settings = useSettings();
  const active =
    settings.status === 'ready' &&
    settings.value.telephonyProvider === 'twilio' &&
    settings.value.role === 'rep';
  useEffect(() => {
    if (!active) return;
    const host = new TwilioDeviceHost({
      api: getBridge(),
      loadSdk: loadVoiceSdk,
      timers: windowTimers,
      newHostId,
      later: queueMicrotask,
      onStatus: publishHostStatus,
    });
    void host.start();
    const leave = () => host.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      host.stop();
      publishHostStatus(null);
    };
  }, [active]);
  return null;
}
