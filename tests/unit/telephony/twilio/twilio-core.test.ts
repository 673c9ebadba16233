import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app/create-core';
import { AttemptRepository } from '../../../../electron/core/dialing/attempt-repository';
import type { SessionSnapshot } from '../../../../shared/domain/session';
import { buildBridge } from '../../../../shared/ipc/bridge';
import { TwilioDeviceHost } from '../../../../renderer/src/telephony/twilio-device-host';
import { startTestCore } from '../../../support/node-core';
import { makeTempDir } from '../../../support/temp-dir';
import { FakeVoiceSdk } from './fake-twilio-device';
import { TEST_SECRET, TWILIO_SETTINGS } from './twilio-harness';

function nextSnapshot(
  core: Core,
  matches: (s: SessionSnapshot) => boolean,
): Promise<SessionSnapshot> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((event, payload) => {
      if (event !== 'session.changed' || !matches(payload as SessionSnapshot)) return;
      stop();
      resolve(payload as SessionSnapshot);
    });
  });
}

async function call(core: Core, method: string, ...args: unknown[]): Promise<unknown> {
  const result = await core.dispatcher.dispatch(method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A window's Device host on the core's own dispatcher and events, with the scripted Device. */
function windowHost(core: Core, sdk: FakeVoiceSdk): TwilioDeviceHost {
  const api = buildBridge({
    call: (method, args) => core.dispatcher.dispatch(method, args),
    subscribe: (event, listener) =>
      core.events.subscribe((name, payload) => {
        if (name === event) listener(payload);
      }),
  });
  return new TwilioDeviceHost({
    api,
    loadSdk: () => Promise.resolve(sdk),
    timers: core.clock,
    newHostId: () => 'window-0001',
    later: queueMicrotask,
  });
}

const realTimers = {
  setTimer: (callback: () => void, ms: number) => {
    const id = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(id) };
  },
};

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
    await call(core, 'session.start');
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
    await call(core, 'session.start');
    const live = await connected;
    expect(live.call?.providerCallId).toMatch(/^twilio:a\d+$/);
    expect(sdk.device?.calls[0]?.params.To).toMatch(/^\+1\d{10}$/);
    expect(sdk.device?.options).toMatchObject({ edge: 'dublin', closeProtection: false });

    await call(core, 'session.setMuted', true);
    expect(sdk.device?.calls[0]?.muted).toBe(true);
    const wrapUp = nextSnapshot(core, (s) => s.state === 'wrap-up');
    await call(core, 'session.hangup');
    expect((await wrapUp).call?.endReason).toBe('hangup-local');
    expect(sdk.device?.calls[0]?.status()).toBe('closed');
    await core.session.settled();
    host.stop();

    const [stored] = await new AttemptRepository(core.store).all();
    expect(stored).toMatchObject({ provider: 'twilio', providerCallId: live.call?.providerCallId });
  });

  it('dials on the simulated line again as soon as the settings say so', async () => {
    await call(core, 'settings.update', { telephonyProvider: 'simulated' });
    const ringing = nextSnapshot(core, (s) => s.state === 'ringing' || s.state === 'connected');
    await call(core, 'session.start');
    const snapshot = await ringing;
    expect(snapshot.call?.providerCallId).toMatch(/^SIM/);
    await call(core, 'session.hangup');
  });
});
