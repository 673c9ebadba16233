import type { PublicSettings } from '../../../shared/domain/settings';
import type { ConnectionCheck } from '../../../shared/domain/twilio';
import { microphoneCheck } from './audio/microphone-check';
import type { HostStatus } from './twilio-device-host';

/** What only this window can check: its microphone, and whether its Twilio phone is up. */
export async function windowChecks(
  settings: PublicSettings,
  host: HostStatus | null,
): Promise<ConnectionCheck[]> {
  return [await microphoneCheck(settings.audioInputDeviceId), phoneCheck(settings, host)];
}

function phoneCheck(settings: PublicSettings, host: HostStatus | null): ConnectionCheck {
  if (host === null) {
    return {
      id: 'voice-sdk',
      status: 'skipped',
      message:
        settings.telephonyProvider === 'twilio'
          ? 'The Twilio phone is not running in this window: reload it.'
          : 'The Twilio phone starts in this window once Twilio is chosen.',
    };
  }
  switch (host.state) {
    case 'ready':
      return {
        id: 'voice-sdk',
        status: 'ok',
        message: 'The Twilio phone in this window is ready.',
      };
    case 'starting':
      return { id: 'voice-sdk', status: 'skipped', message: 'The Twilio phone is still starting.' };
    case 'standby':
    case 'problem':
      return { id: 'voice-sdk', status: 'problem', message: host.message };
  }
}
