import {
  VOICE_SDK_STAND_IN,
  type VoiceDevice,
  type VoiceDeviceOptions,
  type VoiceSdk,
} from './voice-device';

/**
 * The Twilio Voice SDK, loaded only when a window carries Twilio calls: the simulated line never
 * downloads it. Under browser mode's --twilio-fake-device (tests only) the window takes the
 * scripted stand-in the test put on the page instead; the app's bundle holds none.
 */
export async function loadVoiceSdk(fake: boolean): Promise<VoiceSdk> {
  if (fake) return standInVoiceSdk();
  const { Call, Device } = await import('@twilio/voice-sdk');
  const codec = (name: VoiceDeviceOptions['codecPreferences'][number]) =>
    name === 'opus' ? Call.Codec.Opus : Call.Codec.PCMU;
  return {
    isSupported: Device.isSupported,
    createDevice: (token, options): VoiceDevice =>
      new Device(token, { ...options, codecPreferences: options.codecPreferences.map(codec) }),
  };
}

function standInVoiceSdk(): VoiceSdk {
  const standIn = (globalThis as unknown as Partial<Record<string, VoiceSdk>>)[VOICE_SDK_STAND_IN];
  if (!standIn) {
    throw new Error(
      'browser mode runs with --twilio-fake-device, but no test put a scripted Voice SDK on this page',
    );
  }
  return standIn;
}
