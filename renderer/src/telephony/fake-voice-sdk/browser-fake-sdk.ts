/**
 * TEST ONLY. Loaded instead of @twilio/voice-sdk when browser mode runs with --twilio-fake-device
 * (the core tells the window so when it attaches); never in the desktop app. Every call rings
 * after 0.4 s and is answered 0.6 s later, on the real clock.
 */
import { FakeVoiceSdk } from './fake-sdk';

export function browserFakeVoiceSdk(): FakeVoiceSdk {
  const sdk = new FakeVoiceSdk(
    {
      setTimer: (callback, delayMs) => {
        const id = setTimeout(callback, delayMs);
        return { cancel: () => clearTimeout(id) };
      },
    },
    { kind: 'answer', ringAfterMs: 400, answerAfterMs: 600 },
  );
  // Lets an end-to-end test see what the Device was asked to do (digits, mute, the numbers dialed).
  (globalThis as { dialdeckFakeVoiceSdk?: FakeVoiceSdk }).dialdeckFakeVoiceSdk = sdk;
  return sdk;
}
