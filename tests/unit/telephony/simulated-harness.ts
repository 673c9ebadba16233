import { SimulatedTelephonyProvider } from '../../../electron/core/telephony/simulated/simulated-provider';
import type { SimulatedProviderOptions } from '../../../electron/core/telephony/simulated/simulation-settings';
import { ManualClock } from '../../support/manual-clock';
import type { ProviderContractHarness } from './provider-contract';

/** A simulated provider on a manual clock, shaped for the contract suite and reused by other tests. */
export function simulatedHarness(
  options: Omit<SimulatedProviderOptions, 'clock'> = {},
): ProviderContractHarness & { provider: SimulatedTelephonyProvider; clock: ManualClock } {
  const clock = new ManualClock();
  const provider = new SimulatedTelephonyProvider({ seed: 20_261_127, ...options, clock });
  return {
    provider,
    clock,
    setNextOutcome: (outcome) => provider.queueOutcomes([outcome]),
    hangUpRemotely: (attemptId) => provider.remoteHangup(attemptId),
    mutedOnLine: ({ attemptId }) => provider.isMuted(attemptId),
    callerIdAtFarEnd: ({ attemptId }) => provider.callerIdShown(attemptId),
    advance: (ms) => {
      clock.advance(ms);
      return Promise.resolve();
    },
    now: () => clock.now(),
  };
}

type SimulatedHarness = ReturnType<typeof simulatedHarness>;

let attemptCounter = 0;

/** Dials a fresh attempt id and returns it with the provider's call id. */
export async function placeCall(
  harness: SimulatedHarness,
): Promise<{ attemptId: string; providerCallId: string }> {
  const attemptId = `attempt-${++attemptCounter}`;
  const { providerCallId } = await harness.provider.dial({
    attemptId,
    to: '+14155550123',
    callerId: null,
  });
  return { attemptId, providerCallId };
}

/** Fires timers one at a time until `isDone` holds; fails if the clock runs dry first. */
export function runUntil(harness: SimulatedHarness, isDone: () => boolean): void {
  while (!isDone()) {
    if (!harness.clock.runNext()) throw new Error('No timer left, and the condition never held');
  }
}
