/**
 * The scripted Twilio Device and Call for tests without a Twilio account. One implementation
 * serves the unit tests (on a hand-moved clock, here) and browser mode's --twilio-fake-device
 * (renderer/src/telephony/fake-voice-sdk, on the real clock).
 */
import type { FakeTimers } from '../../../../renderer/src/telephony/fake-voice-sdk/fake-call';
import { FakeVoiceSdk } from '../../../../renderer/src/telephony/fake-voice-sdk/fake-sdk';
import type { AsyncManualClock } from './async-manual-clock';

export {
  FAKE_ERRORS,
  FakeCall,
  type FakeCallScript,
} from '../../../../renderer/src/telephony/fake-voice-sdk/fake-call';
export { FakeDevice } from '../../../../renderer/src/telephony/fake-voice-sdk/fake-device';
export { FakeVoiceSdk };

/**
 * Timers on the test's clock, except that "now" (0 ms) runs as a microtask: the SDK's signaling
 * hops take no test time, so dial() can resolve without the clock moving.
 */
export function fakeTimersOn(clock: AsyncManualClock): FakeTimers {
  return {
    setTimer(callback, delayMs) {
      if (delayMs > 0) return clock.setTimer(callback, delayMs);
      let cancelled = false;
      queueMicrotask(() => {
        if (!cancelled) callback();
      });
      return { cancel: () => (cancelled = true) };
    },
  };
}
