import { afterEach, describe, expect, it } from 'vitest';
import { settle } from './async-manual-clock';
import { twilioHarness, type TwilioHarness } from './twilio-harness';

let harness: TwilioHarness;
afterEach(async () => {
  harness.host.stop();
  await harness.provider.dispose();
});

async function changeSettings(patch: Parameters<TwilioHarness['settings']['update']>[0]) {
  harness.events.emit('settings.changed', harness.settings.update(patch));
  await settle();
}

describe("the window's Device host", () => {
  it('makes the Device with the edge, no close protection and precise SIP errors', async () => {
    harness = await twilioHarness();
    expect(harness.statuses.at(-1)).toEqual({ state: 'ready' });
    expect(harness.sdk.device?.options).toEqual({
      edge: 'dublin',
      closeProtection: false,
      codecPreferences: ['opus', 'pcmu'],
      enableImprovedSignalingErrorPrecision: true,
      appName: 'Dialdeck',
    });
  });

  it('says what is missing, and makes the Device once the settings are complete', async () => {
    harness = await twilioHarness({
      settings: { repId: 'ana', telephonyProvider: 'twilio', twilioTokenMode: 'mint' },
    });
    expect(harness.statuses.at(-1)).toEqual({
      state: 'problem',
      message:
        'Twilio is not set up yet: enter the Account SID, the API key SID and the TwiML App SID in Settings › Telephony.',
    });
    expect(harness.sdk.devices).toHaveLength(0);

    await changeSettings({
      twilioAccountSid: `AC${'1'.repeat(32)}`,
      twilioApiKeySid: `SK${'2'.repeat(32)}`,
      twilioAppSid: `AP${'3'.repeat(32)}`,
    });

    expect(harness.statuses.at(-1)).toEqual({ state: 'ready' });
    expect(harness.sdk.devices).toHaveLength(1);
  });

  it('moves to a new edge only between calls, and routes calls to the chosen speaker', async () => {
    harness = await twilioHarness();
    harness.queue({ kind: 'answer', ringAfterMs: 0, answerAfterMs: 100 });
    await harness.provider.dial({ attemptId: 'a1', to: '+13055550111', callerId: null });
    await harness.advance(100);

    await changeSettings({ twilioEdge: 'sydney', audioOutputDeviceId: 'speaker-2' });
    expect(harness.sdk.device?.optionUpdates).toEqual([]);
    expect(harness.sdk.device?.audio.speakers).toEqual(['speaker-2']);

    await harness.provider.hangup('a1');
    await settle();
    expect(harness.sdk.device?.optionUpdates).toEqual([{ edge: 'sydney' }]);
  });

  it('opens the chosen microphone for a call and lets it go afterwards', async () => {
    harness = await twilioHarness();
    await changeSettings({ audioInputDeviceId: 'mic-usb' });
    harness.queue({ kind: 'answer', ringAfterMs: 0, answerAfterMs: 100 });
    await harness.provider.dial({ attemptId: 'a1', to: '+13055550111', callerId: null });
    await harness.advance(100);
    expect(harness.sdk.device?.audio.inputDevice).toBe('mic-usb');

    await harness.provider.hangup('a1');
    await settle();
    expect(harness.sdk.device?.audio.inputDevice).toBeNull();
  });

  it('takes only the commands addressed to it', async () => {
    harness = await twilioHarness();
    harness.events.emit('telephony.command', {
      kind: 'connect',
      hostId: 'another-window',
      attemptId: 'x',
      to: '+13055550111',
      callerId: null,
    });
    await settle();
    expect(harness.sdk.device?.calls).toEqual([]);
  });

  it('never leaves a call up that the core ended while it was being connected', async () => {
    harness = await twilioHarness();
    const dialing = harness.provider.dial({ attemptId: 'a1', to: '+13055550111', callerId: null });
    await harness.provider.hangup('a1');
    await dialing;
    await settle();
    const calls = harness.sdk.device?.calls ?? [];
    expect(calls.every((call) => call.status() === 'closed')).toBe(true);
  });

  it('leaves the line when stopped: the core is told and the Device is destroyed', async () => {
    harness = await twilioHarness();
    const device = harness.sdk.device;
    harness.host.stop();
    await settle();
    expect(device?.destroyed).toBe(true);
    expect(harness.provider.hasHost()).toBe(false);
  });
});
