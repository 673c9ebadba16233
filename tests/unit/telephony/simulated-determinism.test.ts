import { describe, expect, it } from 'vitest';
import type { ProviderEvent } from '../../../electron/core/telephony/provider';
import { placeCall, simulatedHarness } from './simulated-harness';

/**
 * A fixed session: 40 dials one after another; the rep hangs up some answered calls early
 * (every third), the rest end by themselves. Returns every event with times relative to the start.
 */
async function session(seed: number, hangUpEarly = (index: number) => index % 3 === 0) {
  const harness = simulatedHarness({ seed });
  const events: ProviderEvent[] = [];
  harness.provider.subscribe((event) => events.push(event));
  const start = harness.clock.now();
  for (let index = 0; index < 40; index++) {
    const { attemptId } = await placeCall(harness);
    const over = () =>
      events.some((e) => e.attemptId === attemptId && (e.type === 'ended' || e.type === 'failed'));
    while (!over() && harness.clock.runNext()) {
      const answered = events.some((e) => e.attemptId === attemptId && e.type === 'answered');
      if (answered && hangUpEarly(index)) await harness.provider.hangup(attemptId);
    }
  }
  return events.map(({ attemptId: _ignored, ...event }) => ({ ...event, at: event.at - start }));
}

describe('simulated determinism', () => {
  it('the same seed replays the same events: ids, outcomes, timings and words', async () => {
    const first = await session(424_242);
    const again = await session(424_242);

    expect(again).toEqual(first);
    const types = new Set(first.map((event) => event.type));
    expect(types).toEqual(new Set(['ringing', 'answered', 'speech', 'ended', 'failed']));
  });

  it('another seed gives another session', async () => {
    expect(await session(1)).not.toEqual(await session(2));
  });

  it('how long earlier calls lasted does not change what later dials do', async () => {
    const lifecycle = (events: Awaited<ReturnType<typeof session>>) =>
      events
        .filter((event) => event.type !== 'speech')
        .map(({ type, providerCallId }) => ({ type, providerCallId }))
        .filter((event) => event.type !== 'ended');
    const patient = await session(7, () => false);
    const hasty = await session(7, () => true);

    expect(lifecycle(hasty)).toEqual(lifecycle(patient));
    expect(hasty).not.toEqual(patient);
  });
});
