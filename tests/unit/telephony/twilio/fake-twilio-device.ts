/**
 * The scripted Twilio Device and Call for tests without a Twilio account. One implementation
 * (tests/support/fake-voice-sdk) serves the unit tests (on a hand-moved clock, here) and the
 * end-to-end tests of browser mode's --twilio-fake-device (on the real clock).
 */
import type { FakeTimers } from '../../../support/fake-voice-sdk/fake-call';
import { FakeVoiceSdk } from '../../../support/fake-voice-sdk/fake-sdk';
import type { AsyncManualClock } from './async-manual-clock';

export {
  FAKE_ERRORS,
  FakeCall,
  type FakeCallScript,
} from '../../../support/fake-voice-sdk/fake-call';
export { FakeDevice } from '../../../support/fake-voice-sdk/fake-device';
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
