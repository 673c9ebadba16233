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
    advance: (ms) => {
      clock.advance(ms);
      return Promise.resolve();
    },
    now: () => clock.now(),
  };
}
