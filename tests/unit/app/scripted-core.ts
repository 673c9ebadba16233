import { SimulatedTelephonyProvider } from '../../../electron/core/telephony/simulated/simulated-provider';
import type { SimulatedOutcome } from '../../../electron/core/telephony/simulated/simulation-settings';
import type { ManualClock } from '../../support/manual-clock';
import { startTestCore } from '../../support/node-core';
import { CoreDriver } from './core-driver';

export interface ScriptedLine {
  seed: number;
  outcomes: SimulatedOutcome[];
  /** Attempts are numbered `${attemptPrefix}1`, `${attemptPrefix}2`, … */
  attemptPrefix: string;
}

type CoreOverrides = Omit<
  NonNullable<Parameters<typeof startTestCore>[1]>,
  'clock' | 'telephonyProvider' | 'newAttemptId'
>;

/** A real core on the test's manual clock, dialing on a seeded simulated line that plays `outcomes`. */
export async function startScriptedCore(
  dataDir: string,
  clock: ManualClock,
  line: ScriptedLine,
  overrides: CoreOverrides = {},
): Promise<CoreDriver> {
  let next = 0;
  const core = await startTestCore(dataDir, {
    clock,
    telephonyProvider: new SimulatedTelephonyProvider({
      clock,
      seed: line.seed,
      scriptedOutcomes: line.outcomes,
    }),
    newAttemptId: () => `${line.attemptPrefix}${++next}`,
    ...overrides,
  });
  return new CoreDriver(core, clock);
}
