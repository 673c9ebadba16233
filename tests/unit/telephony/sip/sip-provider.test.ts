import { describe, expect, it } from 'vitest';
import { DEFAULT_SIP_TIMINGS } from '../../../../electron/core/telephony/sip/sip-timings';
import { EventRecorder } from '../event-recorder';
import { settle } from '../twilio/async-manual-clock';
import { FAKE_FINALS } from './fake-sip-stack';
import { sipHarness } from './sip-harness';

const DIAL = { attemptId: 'a-1', to: '+13035550176', callerId: '+13035550100' };

describe('SIP provider', () => {
  it('sends the window a plan with the target and the caller ID the dial names', async () => {
    const harness = await sipHarness();
    await harness.provider.dial(DIAL);
    expect(harness.commands[0]).toEqual({
      kind: 'connect',
      hostId: 'host-0001',
      attemptId: 'a-1',
      plan: {
        target: 'sip:+13035550176@pbx.example.com',
        fromUser: '+13035550100',
        extraHeaders: [],
      },
    });
    expect(harness.call().plan.fromUser).toBe('+13035550100');
  });

  it('183 with early media counts as ringing; the call is answered only on 200 OK', async () => {
    const harness = await sipHarness();
    const recorder = new EventRecorder(harness.provider);
    harness.queue({
      kind: 'answer',
      progressAfterMs: 500,
      progressStatus: 183,
      answerAfterMs: 6_000,
      talkMs: 60_000,
    });
    await harness.provider.dial(DIAL);
    await harness.advance(1_000);
    expect(recorder.events.map((event) => event.type)).toEqual(['ringing']);
    await harness.advance(5_000);
    expect(recorder.has('a-1', 'answered')).toBe(false);
    await harness.advance(1_000);
    expect(recorder.find('a-1', 'answered')?.by).toBe('human');
  });

  it('a busy line and an unanswered one end by themselves as busy and no-answer', async () => {
    const harness = await sipHarness();
    const recorder = new EventRecorder(harness.provider);
    harness.queue(
      { kind: 'final', afterMs: 1_000, ring: false, ...FAKE_FINALS.busy },
      { kind: 'final', afterMs: 30_000, ring: true, ...FAKE_FINALS.unavailable },
    );
    await harness.provider.dial(DIAL);
    await harness.advance(2_000);
    await harness.provider.dial({ ...DIAL, attemptId: 'a-2' });
    await harness.advance(31_000);
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'ended', reason: 'busy' }),
    ]);
    expect(recorder.terminalsOf('a-2')).toEqual([
      expect.objectContaining({ type: 'ended', reason: 'no-answer' }),
    ]);
  });

  it('404 fails the call offering the bad-number outcome in words', async () => {
    const harness = await sipHarness();
    const recorder = new EventRecorder(harness.provider);
    harness.queue({ kind: 'final', afterMs: 800, ring: false, ...FAKE_FINALS.notFound });
    await harness.provider.dial(DIAL);
    await harness.advance(1_000);
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({
        type: 'failed',
        code: 'sip-bad-number',
        message: expect.stringContaining('choose the Bad number outcome') as unknown,
      }),
    ]);
  });

  it('a dropped WebSocket ends a live call as failed, saying the connection was lost', async () => {
    const harness = await sipHarness();
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await harness.advance(5_000);
    harness.call().loseTransport();
    await settle();
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({
        type: 'failed',
        code: 'sip-transport-lost',
        message: 'The call dropped: the connection to the SIP server was lost.',
      }),
    ]);
  });

  it('keypad tones and mute reach the window’s call', async () => {
    const harness = await sipHarness();
    await harness.provider.dial(DIAL);
    await harness.advance(5_000);
    await harness.provider.sendDigits('a-1', '12#');
    await harness.provider.setMuted('a-1', true);
    await settle();
    expect(harness.call().digits).toEqual(['12#']);
    expect(harness.call().muted).toBe(true);
  });

  it('with no window to carry it, the call fails at once, saying to open one', async () => {
    const harness = await sipHarness({ startHost: false });
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await harness.advance(0);
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'failed', code: 'sip-no-window' }),
    ]);
  });

  it('a window that never takes the call fails it after the ack limit', async () => {
    const harness = await sipHarness();
    harness.host.stop();
    await settle();
    harness.provider.attachHost('silent-window-1');
    const recorder = new EventRecorder(harness.provider);
    const placed = harness.provider.dial(DIAL);
    await harness.advance(DEFAULT_SIP_TIMINGS.ackMs - 1);
    expect(recorder.terminalsOf('a-1')).toEqual([]);
    await harness.advance(1);
    await expect(placed).resolves.toEqual({ providerCallId: 'sip:a-1' });
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'failed', code: 'sip-window-silent' }),
    ]);
  });

  it('a server that never answers the INVITE fails the call after the progress limit', async () => {
    const harness = await sipHarness();
    harness.queue({ kind: 'silent' });
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await harness.advance(DEFAULT_SIP_TIMINGS.placeMs);
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'failed', code: 'sip-no-progress' }),
    ]);
    expect(harness.call().isOver).toBe(true);
  });

  it('the window going away mid-call fails the call; its late reports are ignored', async () => {
    const harness = await sipHarness();
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await harness.advance(5_000);
    harness.provider.detachHost('host-0001');
    harness.provider.report('host-0001', 'a-1', {
      type: 'ended',
      originator: 'remote',
      cause: 'Terminated',
    });
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'failed', code: 'sip-window-detached' }),
    ]);
  });

  it('a window whose lease runs out loses its calls', async () => {
    const harness = await sipHarness();
    harness.host.stop();
    await settle();
    harness.provider.attachHost('frozen-window-1');
    harness.queue({
      kind: 'answer',
      progressAfterMs: 0,
      progressStatus: 180,
      answerAfterMs: 1_000,
      talkMs: 600_000,
    });
    const recorder = new EventRecorder(harness.provider);
    void harness.provider.dial(DIAL);
    harness.provider.report('frozen-window-1', 'a-1', { type: 'connecting' });
    harness.provider.report('frozen-window-1', 'a-1', { type: 'accepted' });
    await harness.advance(DEFAULT_SIP_TIMINGS.leaseMs);
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'failed', code: 'sip-window-lease-expired' }),
    ]);
  });

  it('refuses a dial before SIP is set up, naming what is missing', async () => {
    const harness = await sipHarness({ settings: { sipWebSocketUrl: null } });
    await expect(harness.provider.dial(DIAL)).rejects.toThrow(
      "SIP is not set up yet: enter the server's WebSocket URL in Settings › Telephony › SIP.",
    );
  });

  it('refuses a number with letters as the caller’s mistake, in words', async () => {
    const harness = await sipHarness();
    await expect(harness.provider.dial({ ...DIAL, to: '+1303CALLNOW' })).rejects.toThrow(
      /letters are not dialed/,
    );
    expect(harness.commands).toEqual([]);
  });
});
