import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app/create-core';
import { AttemptRepository } from '../../../../electron/core/dialing/attempt-repository';
import { SipPhoneHost } from '../../../../renderer/src/telephony/sip/sip-phone-host';
import { startTestCore } from '../../../support/node-core';
import { makeTempDir } from '../../../support/temp-dir';
import { callCore, nextSnapshot, realTimers, windowBridge } from '../window-on-core';
import { FAKE_FINALS, FakeSipStack, type FakeSipScript } from './fake-sip-stack';
import { SIP_PASSWORD, SIP_SETTINGS } from './sip-harness';

/** The window's SIP phone on the core's own dispatcher and events, with the scripted JsSIP, signed in. */
async function windowPhone(core: Core, stack: FakeSipStack): Promise<SipPhoneHost> {
  const api = windowBridge(core);
  let signedIn: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (signedIn = resolve));
  const host = new SipPhoneHost({
    api,
    loadStack: () => Promise.resolve(stack),
    timers: realTimers,
    newHostId: () => 'window-0001',
    onStatus: (status) => {
      if (status.state === 'ready') signedIn();
    },
  });
  await host.start();
  await ready;
  return host;
}

const final = (status: keyof typeof FAKE_FINALS): FakeSipScript => ({
  kind: 'final',
  afterMs: 20,
  ring: false,
  ...FAKE_FINALS[status],
});

describe('the power-dial session on the SIP line, as the core builds it', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;
  let host: SipPhoneHost | null = null;
  let attempts = 0;
  beforeEach(async () => {
    temp = makeTempDir();
    core = await startTestCore(temp.dir, {
      settingsOverrides: { ...SIP_SETTINGS, repId: 'ana', dialMode: 'preview' },
      newAttemptId: () => `a${++attempts}`,
    });
    core.settings.setSecret('sipPassword', SIP_PASSWORD);
  });
  afterEach(async () => {
    host?.stop();
    await core.close();
    temp.remove();
  });

  it('a number the network says does not exist gets "failed" by itself, with Bad number offered in words', async () => {
    const stack = new FakeSipStack(realTimers, final('notFound'));
    host = await windowPhone(core, stack);
    const wrapUp = nextSnapshot(core, (s) => s.state === 'wrap-up');
    await callCore(core, 'session.start');
    await callCore(core, 'session.dial');
    const snapshot = await wrapUp;

    expect(snapshot.call?.endReason).toBe('failed');
    expect(snapshot.draft).toMatchObject({ outcomeCode: 'failed', automatic: true });
    expect(snapshot.lastError).toMatch(/does not exist.*choose the Bad number outcome.*SIP 404/);
  });

  it('a busy line is recorded busy by itself', async () => {
    host = await windowPhone(core, new FakeSipStack(realTimers, final('busy')));
    const wrapUp = nextSnapshot(core, (s) => s.state === 'wrap-up');
    await callCore(core, 'session.start');
    await callCore(core, 'session.dial');
    const snapshot = await wrapUp;
    expect(snapshot.call?.endReason).toBe('busy');
    expect(snapshot.draft).toMatchObject({ outcomeCode: 'busy', automatic: true });
  });

  it('places, answers and hangs up a call, with keypad tones and mute, stored as a SIP attempt', async () => {
    const stack = new FakeSipStack(realTimers, {
      kind: 'answer',
      progressAfterMs: 20,
      progressStatus: 183,
      answerAfterMs: 40,
      talkMs: 60_000,
    });
    host = await windowPhone(core, stack);
    const connected = nextSnapshot(core, (s) => s.state === 'connected');
    await callCore(core, 'session.start');
    await callCore(core, 'session.dial');
    const live = await connected;
    expect(live.call?.providerCallId).toMatch(/^sip:a\d+$/);
    const placed = stack.agent?.calls[0];
    expect(placed?.plan.target).toMatch(/^sip:\+\d+@pbx\.example\.com$/);
    expect(placed?.plan.fromUser).toBe('+14155550100');

    await callCore(core, 'session.sendDigits', '5#');
    await callCore(core, 'session.setMuted', true);
    expect(placed?.digits).toEqual(['5#']);
    expect(placed?.muted).toBe(true);
    const wrapUp = nextSnapshot(core, (s) => s.state === 'wrap-up');
    await callCore(core, 'session.hangup');
    expect((await wrapUp).call?.endReason).toBe('hangup-local');
    expect(placed?.isOver).toBe(true);
    await core.session.settled();

    const [stored] = await new AttemptRepository(core.store).all();
    expect(stored).toMatchObject({ provider: 'sip', providerCallId: live.call?.providerCallId });
  });
});
