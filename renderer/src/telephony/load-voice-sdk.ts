import type { VoiceDevice, VoiceDeviceOptions, VoiceSdk } from './voice-device';

/**
 * The Twilio Voice SDK, loaded only when a window carries Twilio calls: the simulated line never
 * downloads it. The scripted stand-in is for browser mode's --twilio-fake-device (tests only).
 */
export async function loadVoiceSdk(fake: boolean): Promise<VoiceSdk> {
  if (fake) {
    const { browserFakeVoiceSdk } = await import('./fake-voice-sdk/browser-fake-sdk');
    return browserFakeVoiceSdk();
  }
  const { Call, Device } = await import('@twilio/voice-sdk');
  const codec = (name: VoiceDeviceOptions['codecPreferences'][number]) =>
    name === 'opus' ? Call.Codec.Opus : Call.Codec.PCMU;
  return {
    isSupported: Device.isSupported,
    createDevice: (token, options): VoiceDevice =>
      new Device(token, { ...options, codecPreferences: options.codecPreferences.map(codec) }),
  };
}
