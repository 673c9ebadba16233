/**
 * The scripted Device of browser mode's --twilio-fake-device, as the end-to-end test bundles it and
 * puts it on the page before the app loads (tests/support/fake-voice-sdk-bundle.ts). Every call
 * rings after 0.4 s and is answered 0.6 s later, on the real clock. The test also reads it back to
 * see what the Device was asked to do (the numbers dialed, digits, mute).
 */
import { VOICE_SDK_STAND_IN } from '../../../renderer/src/telephony/voice-device';
import { FakeVoiceSdk } from './fake-sdk';

(globalThis as Record<string, unknown>)[VOICE_SDK_STAND_IN] = new FakeVoiceSdk(
  {
    setTimer: (callback, delayMs) => {
      const id = setTimeout(callback, delayMs);
      return { cancel: () => clearTimeout(id) };
    },
  },
  { kind: 'answer', ringAfterMs: 400, answerAfterMs: 600 },
);
