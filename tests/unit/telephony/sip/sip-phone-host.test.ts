import { describe, expect, it } from 'vitest';
import { EventRecorder } from '../event-recorder';
import { settle } from '../twilio/async-manual-clock';
import { sipHarness } from './sip-harness';

const DIAL = { attemptId: 'a-1', to: '+13035550176', callerId: null };

describe('the SIP phone in the window', () => {
  it('signs in with the account the core gives it and says so', async () => {
    const harness = await sipHarness();
    expect(harness.stack.agent?.account.uri).toBe('sip:ana@pbx.example.com');
    expect(harness.statuses.at(-1)).toEqual({
      state: 'ready',
      message: 'The SIP phone is signed in as sip:ana@pbx.example.com.',
    });
  });

  it('says in words when the server refuses the password', async () => {
    const harness = await sipHarness({ startHost: false });
    harness.stack.registrationFailure = {
      status: 401,
      reasonPhrase: 'Unauthorized',
      cause: 'Authentication Error',
      challengeRealm: null,
    };
    await harness.host.start();
    await settle();
    expect(harness.statuses.at(-1)).toEqual({
      state: 'problem',
      message:
        'The SIP server refused the user name or password (401 Unauthorized): check them in Settings › Telephony › SIP.',
    });
  });

  it('a server that is down fails the dial at once, saying it cannot be reached', async () => {
    const harness = await sipHarness({ startHost: false });
    harness.stack.registrationFailure = 'unreachable';
    await harness.host.start();
    await settle();
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await settle();
    expect(harness.statuses.at(-1)).toEqual({
      state: 'problem',
      message: 'Cannot reach the SIP server at wss://pbx.example.com:8089/ws: retrying.',
    });
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({
        type: 'failed',
        code: 'sip-not-connected',
        message:
          'Cannot reach the SIP server at wss://pbx.example.com:8089/ws, so the call was not placed: check that it is up (Settings › Telephony › SIP › Test connection).',
      }),
    ]);
    expect(harness.stack.agent?.calls).toEqual([]);
  });

  it('without a usable account it makes no phone and says what is missing', async () => {
    const harness = await sipHarness({ settings: { sipNumberFormat: 'prefix' } });
    expect(harness.statuses.at(-1)).toEqual({
      state: 'problem',
      message: 'SIP is not set up yet: enter the dial prefix in Settings › Telephony › SIP.',
    });
    expect(harness.stack.agents).toEqual([]);
  });

  it('an INVITE JsSIP cancels by itself (its WebSocket closed) reaches the core as a lost connection', async () => {
    const harness = await sipHarness();
    harness.queue({
      kind: 'final',
      afterMs: 100,
      ring: false,
      status: null,
      reasonPhrase: '',
      cause: 'Canceled',
      originator: 'local',
    });
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await harness.advance(200);
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({ type: 'failed', code: 'sip-transport-lost' }),
    ]);
  });

  it('a live call JsSIP drops by itself is a failed call in words, not the rep hanging up', async () => {
    const harness = await sipHarness();
    const recorder = new EventRecorder(harness.provider);
    await harness.provider.dial(DIAL);
    await harness.advance(5_000);
    harness.call().endBySelf('No ACK');
    await settle();
    expect(recorder.terminalsOf('a-1')).toEqual([
      expect.objectContaining({
        type: 'failed',
        code: 'sip-failed',
        message: 'The call dropped (No ACK).',
      }),
    ]);
  });

  it('uses the microphone and speaker chosen in the settings for each call', async () => {
    const harness = await sipHarness({
      settings: { audioInputDeviceId: 'mic-2', audioOutputDeviceId: 'headset-1' },
    });
    await harness.provider.dial(DIAL);
    expect(harness.call().media).toEqual({ inputDeviceId: 'mic-2', outputDeviceId: 'headset-1' });
  });
});
