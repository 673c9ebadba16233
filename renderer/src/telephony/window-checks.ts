import type { PublicSettings } from '../../../shared/domain/settings';
import type { ConnectionCheck } from '../../../shared/domain/twilio';
import { microphoneProblem, openMicrophone, stopStream } from './audio/microphone';
import type { HostStatus } from './twilio-device-host';

/** What only this window can check: its microphone, and whether its Twilio phone is up. */
export async function windowChecks(
  settings: PublicSettings,
  host: HostStatus | null,
): Promise<ConnectionCheck[]> {
  return [await microphoneCheck(settings.audioInputDeviceId), phoneCheck(settings, host)];
}

async function microphoneCheck(deviceId: string | null): Promise<ConnectionCheck> {
  try {
    const stream = await openMicrophone(deviceId);
    const name = stream.getAudioTracks()[0]?.label;
    stopStream(stream);
    return {
      id: 'microphone',
      status: 'ok',
      message: name ? `The microphone works (${name}).` : 'The microphone works.',
    };
  } catch (error) {
    return { id: 'microphone', status: 'problem', message: microphoneProblem(error) };
  }
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
