import { getBridge } from '../bridge/get-bridge';
import { publishHostStatus } from './host-status';
import { loadVoiceSdk } from './load-voice-sdk';
import { TwilioDeviceHost } from './twilio-device-host';
import { useWindowHost, type WindowHostDeps } from './use-window-host';

function createDeviceHost(deps: WindowHostDeps): TwilioDeviceHost {
  return new TwilioDeviceHost({
    ...deps,
    api: getBridge(),
    loadSdk: loadVoiceSdk,
    later: queueMicrotask,
    onStatus: publishHostStatus,
  });
}

/**
 * Carries the Twilio phone in this window while a rep has Twilio chosen: mounted once at the root,
 * renders nothing.
 */
export function TwilioDeviceHostMount() {
  useWindowHost('twilio', createDeviceHost, publishHostStatus);
  return null;
}
