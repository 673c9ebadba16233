import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app/create-core';
import { AttemptRepository } from '../../../../electron/core/dialing/attempt-repository';
import { TwilioDeviceHost } from '../../../../renderer/src/telephony/twilio-device-host';
import { startTestCore } from '../../../support/node-core';
import { makeTempDir } from '../../../support/temp-dir';
import { callCore, nextSnapshot, realTimers, windowBridge } from '../window-on-core';
import { FakeVoiceSdk } from './fake-twilio-device';
import { TEST_SECRET, TWILIO_SETTINGS } from './twilio-harness';

/** A window's Device host on the core's own dispatcher and events, with the scripted Device. */
function windowHost(core: Core, sdk: FakeVoiceSdk): TwilioDeviceHost {
  const api = windowBridge(core);
  return new TwilioDeviceHost({
    api,
    loadSdk: () => Promise.resolve(sdk),
    timers: core.clock,
    newHostId: () => 'window-0001',
    later: queueMicrotask,
  });
}

describe('the power-dial session on the Twilio line, as the core builds it', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;
  let attempts = 0;
  beforeEach(async () => {
    temp = makeTempDir();
    core = await startTestCore(temp.dir, {
      settingsOverrides: { ...TWILIO_SETTINGS, repId: 'ana', dialMode: 'power' },
      simulation: { speed: 'fast', seed: 7 },
      newAttemptId: () => `a${++attempts}`,
    });
    core.settings.setSecret('twilioApiKeySecret', TEST_SECRET);
  });
  afterEach(async () => {
    await core.close();
    temp.remove();
  });

  it('fails the dial in words when no window carries the Device, and the loop goes on', async () => {
    const wrapUp = nextSnapshot(core, (s) => s.state === 'wrap-up');
    await callCore(core, 'session.start');
    const snapshot = await wrapUp;

    expect(snapshot.call?.endReason).toBe('failed');
    expect(snapshot.lastError).toMatch(/^No Dialdeck window is open to place the call/);
    expect(snapshot.draft?.outcomeCode).toBe('failed');
  });

  it('places, answers and hangs up a call through a window, and stores it as a Twilio attempt', async () => {
    const sdk = new FakeVoiceSdk(realTimers, {
      kind: 'answer',
      ringAfterMs: 30,
      answerAfterMs: 60,
    });
    const host = windowHost(core, sdk);
    await host.start();

    const connected = nextSnapshot(core, (s) => s.state === 'connected');
    await callCore(core, 'session.start');
    const live = await connected;
    expect(live.call?.providerCallId).toMatch(/^twilio:a\d+$/);
    expect(sdk.device?.calls[0]?.params.To).toMatch(/^\+1\d{10}$/);
    expect(sdk.device?.options).toMatchObject({ edge: 'dublin', closeProtection: false });

    await callCore(core, 'session.setMuted', true);
    expect(sdk.device?.calls[0]?.muted).toBe(true);
    const wrapUp = nextSnapshot(core, (s) => s.state === 'wrap-up');
    await callCore(core, 'session.hangup');
    expect((await wrapUp).call?.endReason).toBe('hangup-local');
    expect(sdk.device?.calls[0]?.status()).toBe('closed');
    await core.session.settled();
    host.stop();

    const [stored] = await new AttemptRepository(core.store).all();
    expect(stored).toMatchObject({ provider: 'twilio', providerCallId: live.call?.providerCallId });
  });

  it('dials on the simulated line again as soon as the settings say so', async () => {
    await callCore(core, 'settings.update', { telephonyProvider: 'simulated' });
    const ringing = nextSnapshot(core, (s) => s.state === 'ringing' || s.state === 'connected');
    await callCore(core, 'session.start');
    const snapshot = await ringing;
    expect(snapshot.call?.providerCallId).toMatch(/^SIM/);
    await callCore(core, 'session.hangup');
  });
});
