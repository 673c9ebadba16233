import { describe, expect, it } from 'vitest';
import { ProviderRouter } from '../../../../electron/core/telephony/provider-router';
import { simulatedHarness } from '../simulated-harness';
import { EventRecorder } from '../event-recorder';

describe('the provider router', () => {
  function setUp() {
    const simulated = simulatedHarness({ zeroRingTime: true });
    const other = simulatedHarness({ zeroRingTime: true });
    let selected = 'simulated';
    const router = new ProviderRouter(
      { simulated: simulated.provider, twilio: other.provider },
      () => selected,
      simulated.provider,
    );
    return { simulated, other, router, select: (name: string) => (selected = name) };
  }

  it('dials on the line the settings choose now, and names it', async () => {
    const { router, simulated, other, select } = setUp();
    const recorder = new EventRecorder(router);
    simulated.provider.queueOutcomes(['busy']);
    other.provider.queueOutcomes(['busy']);

    expect(router.name).toBe('simulated');
    await router.dial({ attemptId: 'one', to: '+14155550123', callerId: null });
    select('twilio');
    await router.dial({ attemptId: 'two', to: '+14155550123', callerId: null });
    simulated.clock.advance(0);
    other.clock.advance(0);

    expect(recorder.typesOf('one')).toEqual(['ended']);
    expect(recorder.typesOf('two')).toEqual(['ended']);
    expect(simulated.provider).not.toBe(other.provider);
  });

  it('keeps a call on the line that placed it when the settings change mid-call', async () => {
    const { router, simulated, select } = setUp();
    simulated.provider.queueOutcomes(['answer']);
    await router.dial({ attemptId: 'live', to: '+14155550123', callerId: null });
    simulated.clock.advance(0);
    select('twilio');

    await expect(router.setMuted('live', true)).resolves.toBeUndefined();
    const recorder = new EventRecorder(router);
    await router.hangup('live');
    expect(recorder.find('live', 'ended')?.reason).toBe('hangup-local');
  });

  it('falls back to the simulated line for a provider it does not know', () => {
    const { router, select } = setUp();
    select('sip');
    expect(router.name).toBe('simulated');
  });
});
