import { afterEach, describe, expect, it } from 'vitest';
import type { TelephonyProvider } from '../../../electron/core/telephony/provider';
import { EventRecorder } from './event-recorder';
import { expectMuteReachesTheLine, type LiveCall } from './mute-rule';
import type { MakeProviderHarness, ProviderContractHarness } from './provider-contract';
import { simulatedHarness } from './simulated-harness';
import { twilioHarness } from './twilio/twilio-harness';

/** Probes of the contract's mute rule: it passes the real providers and fails broken ones. */
const HARNESSES: Array<[string, MakeProviderHarness]> = [
  ['simulated', () => simulatedHarness()],
  ['twilio', () => twilioHarness()],
];

type Breakage = (real: TelephonyProvider) => TelephonyProvider['setMuted'];

const BROKEN: Array<[string, Breakage, RegExp]> = [
  ['ignores mute', () => () => Promise.resolve(), /not muted after setMuted\(true\)/],
  [
    'never unmutes',
    (real) => (attemptId) => real.setMuted(attemptId, true),
    /still muted after setMuted\(false\)/,
  ],
];

function withSetMuted(harness: ProviderContractHarness, breakage: Breakage) {
  const real = harness.provider;
  const provider: TelephonyProvider = {
    name: real.name,
    dial: (request) => real.dial(request),
    hangup: (attemptId) => real.hangup(attemptId),
    setMuted: breakage(real),
    sendDigits: (attemptId, digits) => real.sendDigits(attemptId, digits),
    subscribe: (listener) => real.subscribe(listener),
    dispose: () => real.dispose(),
  };
  return { ...harness, provider };
}

async function answeredCall(harness: ProviderContractHarness): Promise<LiveCall> {
  const recorder = new EventRecorder(harness.provider);
  harness.setNextOutcome('answer');
  const attemptId = 'probe-1';
  const { providerCallId } = await harness.provider.dial({
    attemptId,
    to: '+14155550123',
    callerId: '+14155550100',
  });
  while (!recorder.has(attemptId, 'answered')) {
    if (recorder.terminalsOf(attemptId).length > 0) throw new Error('The call ended unanswered');
    await harness.advance(250);
  }
  recorder.stop();
  return { attemptId, providerCallId };
}

describe.each(HARNESSES)("the contract's mute rule on the %s line", (_name, makeHarness) => {
  let harness: ProviderContractHarness;
  afterEach(() => harness.provider.dispose());

  it('holds for the provider as it is', async () => {
    harness = await makeHarness();
    await expectMuteReachesTheLine(harness, await answeredCall(harness));
  });

  it.each(BROKEN)('fails a provider that %s', async (_what, breakage, complaint) => {
    harness = withSetMuted(await makeHarness(), breakage);
    const call = await answeredCall(harness);
    await expect(expectMuteReachesTheLine(harness, call)).rejects.toThrow(complaint);
  });
});
