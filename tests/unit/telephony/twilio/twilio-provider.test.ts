import { afterEach, describe, expect, it } from 'vitest';
import type { DialRequest } from '../../../../electron/core/telephony/provider';
import { EventRecorder } from '../event-recorder';
import { settle } from './async-manual-clock';
import { FAKE_ERRORS } from './fake-twilio-device';
import { twilioHarness, type TwilioHarness } from './twilio-harness';

let harness: TwilioHarness;
let recorder: EventRecorder;
let attempts = 0;

async function setUp(options: Parameters<typeof twilioHarness>[0] = {}) {
  harness = await twilioHarness(options);
  recorder = new EventRecorder(harness.provider);
}

async function dial(request: Partial<DialRequest> = {}) {
  const attemptId = `attempt-${++attempts}`;
  const placed = await harness.provider.dial({
    attemptId,
    to: '+13055550111',
    callerId: null,
    ...request,
  });
  await settle();
  return { attemptId, ...placed };
}

/** A failure with `code` in words matching `message`. */
function failure(code: string, message: RegExp) {
  return { code, message: expect.stringMatching(message) as unknown };
}

/** A call's only event (or only terminal one): a failure with `code` in words matching `message`. */
function failedOnce(code: string, message: RegExp): unknown[] {
  return [expect.objectContaining({ type: 'failed', ...failure(code, message) }) as unknown];
}

afterEach(async () => {
  await harness.provider.dispose();
  harness.host.stop();
});

describe('the Twilio line', () => {
  it('asks the window to connect the number with the caller ID from settings', async () => {
    await setUp();
    const { attemptId, providerCallId } = await dial();

    expect(providerCallId).toBe(`twilio:${attemptId}`);
    expect(harness.commands[0]).toEqual({
      kind: 'connect',
      hostId: harness.host.hostId,
      attemptId,
      to: '+13055550111',
      callerId: '+14155550100',
    });
    expect(harness.call().params).toEqual({ To: '+13055550111', CallerId: '+14155550100' });
  });

  it('follows ringing with the CallSid, the answer and a remote hang-up, stamped when reported', async () => {
    await setUp();
    harness.queue({ kind: 'answer', ringAfterMs: 1_200, answerAfterMs: 3_000, talkMs: 60_000 });
    const start = harness.now();
    const { attemptId } = await dial({ callerId: '+14155550199' });

    await harness.advance(70_000);

    expect(harness.call().params.CallerId).toBe('+14155550199');
    expect(recorder.of(attemptId).map(({ type, at }) => [type, at - start])).toEqual([
      ['ringing', 1_200],
      ['answered', 4_200],
      ['ended', 64_200],
    ]);
    expect(recorder.find(attemptId, 'ended')?.reason).toBe('hangup-remote');
  });

  it('mutes and sends keypad tones through the window', async () => {
    await setUp();
    harness.queue({ kind: 'answer', ringAfterMs: 0, answerAfterMs: 500 });
    const { attemptId } = await dial();
    await harness.advance(500);

    await harness.provider.setMuted(attemptId, true);
    await harness.provider.sendDigits(attemptId, '1#');
    await settle();

    expect(harness.call().muted).toBe(true);
    expect(harness.call().sentDigits).toEqual(['1#']);
  });

  it('fails at once, in words, when no window carries the Device', async () => {
    await setUp({ startHost: false });
    const { attemptId } = await dial();
    await harness.advance(0);

    expect(recorder.of(attemptId)).toEqual(
      failedOnce('twilio-no-window', /No Dialdeck window is open/),
    );
    expect(harness.commands).toEqual([]);
  });

  it('fails a dial the window never takes', async () => {
    await setUp({ control: { timings: { ackMs: 5_000 } } });
    harness.host.stop();
    await settle();
    // The core still believes in a window that is gone (its lease has not run out yet).
    harness.provider.attachHost('host-gone-0001');
    const dialing = harness.provider.dial({
      attemptId: 'silent-window',
      to: '+13055550111',
      callerId: null,
    });

    await harness.advance(4_999);
    expect(recorder.terminalsOf('silent-window')).toEqual([]);
    await harness.advance(1);
    expect(recorder.terminalsOf('silent-window')).toEqual([
      expect.objectContaining({
        code: 'twilio-window-silent',
        message: 'The Dialdeck window did not take the call: reload the window, then dial again.',
      }),
    ]);
    await expect(dialing).resolves.toEqual({ providerCallId: 'twilio:silent-window' });
  });

  it('fails a call Twilio never rings', async () => {
    await setUp({ control: { timings: { placeMs: 30_000 } } });
    harness.queue({ kind: 'silent' });
    const { attemptId } = await dial();

    await harness.advance(30_000);

    expect(recorder.typesOf(attemptId)).toEqual(['failed']);
    expect(recorder.find(attemptId, 'failed')?.code).toBe('twilio-no-progress');
    expect(harness.call().status()).toBe('closed');
  });

  it('ends a busy line as busy, with nothing after', async () => {
    await setUp();
    harness.queue({ kind: 'sip-error', afterMs: 800, ring: false, error: FAKE_ERRORS.busy });
    const { attemptId } = await dial();
    await harness.advance(60_000);

    expect(recorder.of(attemptId)).toEqual([
      expect.objectContaining({ type: 'ended', reason: 'busy' }),
    ]);
  });

  it('ends an unavailable callee as no-answer, after ringing', async () => {
    await setUp();
    harness.queue({
      kind: 'sip-error',
      afterMs: 9_000,
      ring: true,
      error: FAKE_ERRORS.unavailable,
    });
    const { attemptId } = await dial();
    await harness.advance(60_000);

    expect(recorder.typesOf(attemptId)).toEqual(['ringing', 'ended']);
    expect(recorder.find(attemptId, 'ended')?.reason).toBe('no-answer');
  });

  it('fails a call whose microphone is refused with the 31401 words, though the SDK closes it first', async () => {
    await setUp();
    harness.queue({ kind: 'mic-denied' });
    const { attemptId } = await dial();
    await harness.advance(1_000);

    expect(recorder.of(attemptId)).toEqual(
      failedOnce('twilio-31401', /may not use the microphone/),
    );
  });

  it('fails on a refused token and has the window fetch a new one', async () => {
    await setUp();
    harness.queue({
      kind: 'sip-error',
      afterMs: 300,
      ring: false,
      error: FAKE_ERRORS.tokenExpired,
    });
    const tokensBefore = harness.sdk.device?.tokens.length ?? 0;
    const { attemptId } = await dial();
    await harness.advance(1_000);

    expect(recorder.find(attemptId, 'failed')).toMatchObject(failure('twilio-20104', /expired/));
    expect(harness.sdk.device?.tokens.length).toBe(tokensBefore + 1);
  });

  it('refreshes the token when the SDK says it will expire', async () => {
    await setUp();
    const device = harness.sdk.device;
    harness.sdk.device?.warnTokenExpiry();
    await settle();

    expect(device?.tokens).toHaveLength(2);
    expect(device?.tokens[1]).toMatch(/^eyJ/);
  });

  it('fails a call whose window cannot get a token, saying what is missing', async () => {
    await setUp({
      settings: { telephonyProvider: 'twilio', twilioTokenMode: 'mint', twilioAppSid: null },
    });
    const { attemptId } = await dial();
    await harness.advance(0);

    expect(recorder.find(attemptId, 'failed')).toMatchObject(
      failure('twilio-no-token', /Twilio is not set up yet: enter .*TwiML App SID/),
    );
  });

  describe('network trouble mid-call', () => {
    async function liveCall() {
      await setUp({ control: { timings: { reconnectMs: 20_000 } } });
      harness.queue({ kind: 'answer', ringAfterMs: 0, answerAfterMs: 500 });
      const call = await dial();
      await harness.advance(500);
      return call;
    }

    it('warns while reconnecting and carries on once reconnected', async () => {
      const { attemptId } = await liveCall();
      harness.call().loseNetwork();
      await settle();
      harness.call().regainNetwork();
      await settle();
      await harness.advance(60_000);

      const warnings = recorder
        .of(attemptId)
        .flatMap((e) => (e.type === 'quality-warning' ? [[e.warning, e.active]] : []));
      expect(warnings).toEqual([
        ['The connection dropped: trying to recover', true],
        ['Reconnecting to Twilio…', true],
        ['The connection dropped: trying to recover', false],
        ['Reconnecting to Twilio…', false],
      ]);
      expect(recorder.terminalsOf(attemptId)).toEqual([]);
    });

    it('gives the call up as failed if the connection does not come back', async () => {
      const { attemptId } = await liveCall();
      harness.call().loseNetwork();
      await harness.advance(20_000);

      expect(recorder.find(attemptId, 'failed')).toMatchObject({
        code: 'twilio-connection-lost',
        message: 'The call dropped: the connection to Twilio did not come back.',
      });
      expect(harness.call().status()).toBe('closed');
    });

    it('says why a live call dropped when the SDK raises an error before closing it', async () => {
      const { attemptId } = await liveCall();
      harness.call().warn('high-rtt');
      await settle();
      harness.call().failWith({ code: 31005, message: 'ConnectionError' });
      await settle();

      expect(recorder.find(attemptId, 'quality-warning')?.warning).toMatch(/Delay on the line/);
      expect(recorder.terminalsOf(attemptId)).toEqual(
        failedOnce('twilio-31005', /^The call dropped/),
      );
    });

    it('ends a live call the prospect hangs up as hangup-remote', async () => {
      const { attemptId } = await liveCall();
      harness.call().hangUpRemotely();
      await settle();
      expect(recorder.find(attemptId, 'ended')?.reason).toBe('hangup-remote');
    });
  });

  describe('windows coming and going', () => {
    it('ends a live call when its window goes away', async () => {
      await setUp();
      harness.queue({ kind: 'answer', ringAfterMs: 0, answerAfterMs: 100 });
      const { attemptId } = await dial();
      await harness.advance(100);

      harness.host.stop();
      await settle();

      expect(recorder.find(attemptId, 'failed')).toMatchObject(
        failure('twilio-window-detached', /closed or reloaded/),
      );
    });

    it('forgets a window whose lease runs out, and takes it back when it renews', async () => {
      await setUp({ control: { timings: { leaseMs: 30_000 } } });
      const hostId = harness.host.hostId;
      harness.host.stop();
      await settle();
      expect(harness.provider.hasHost()).toBe(false);

      expect(harness.provider.attachHost(hostId).attached).toBe(true);
      await harness.advance(30_000);
      expect(harness.provider.hasHost()).toBe(false);
      expect(harness.provider.hostAlive(hostId)).toMatchObject({ attached: true });
      expect(harness.provider.hostAlive('host-other-01')).toMatchObject({
        attached: false,
        message: expect.stringMatching(/Another Dialdeck window/) as unknown,
      });
    });

    it('keeps a live window attached by renewing its lease', async () => {
      await setUp({ control: { timings: { leaseMs: 30_000 } } });
      await harness.advance(5 * 60_000);
      expect(harness.provider.hasHost()).toBe(true);
    });

    it('ignores reports from a window that does not hold the call', async () => {
      await setUp();
      harness.queue({ kind: 'silent' });
      const { attemptId } = await dial();
      harness.provider.report('host-intruder', attemptId, { type: 'accept', callSid: 'CA1' });
      harness.provider.report(harness.host.hostId, 'unknown-attempt', { type: 'disconnect' });
      expect(recorder.of(attemptId)).toEqual([]);
    });
  });
});
