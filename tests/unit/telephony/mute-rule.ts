import { expect } from 'vitest';
import type { ProviderContractHarness } from './provider-contract';

export interface LiveCall {
  attemptId: string;
  providerCallId: string;
}

/**
 * The contract's mute rule: setMuted on a live call changes what the line itself has (read by the
 * harness where the provider keeps it), both ways. Resolving is not enough: a provider that drops
 * the request resolves too.
 */
export async function expectMuteReachesTheLine(
  harness: ProviderContractHarness,
  call: LiveCall,
): Promise<void> {
  expect(await harness.mutedOnLine(call), 'muted before anyone asked').toBe(false);
  await harness.provider.setMuted(call.attemptId, true);
  expect(await harness.mutedOnLine(call), 'the line is not muted after setMuted(true)').toBe(true);
  await harness.provider.setMuted(call.attemptId, false);
  expect(await harness.mutedOnLine(call), 'the line is still muted after setMuted(false)').toBe(
    false,
  );
}
