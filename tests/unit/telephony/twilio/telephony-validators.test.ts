import { describe, expect, it } from 'vitest';
import { argumentSchemas } from '../../../../shared/ipc/validators';

const report = (value: unknown) =>
  argumentSchemas['telephony.report'].safeParse(['host-0001', 'attempt-1', value]).success;
const update = (patch: unknown) => argumentSchemas['settings.update'].safeParse([patch]).success;

describe('what the window may report and set, checked before the core sees it', () => {
  it('accepts the Voice SDK events the host reports', () => {
    for (const value of [
      { type: 'connecting' },
      { type: 'ringing', callSid: `CA${'0'.repeat(32)}` },
      { type: 'accept', callSid: `CA${'0'.repeat(32)}` },
      { type: 'disconnect' },
      { type: 'error', code: 31486, message: 'Busy Here' },
      { type: 'reconnecting', code: 53001, message: 'lost' },
      { type: 'warning', name: 'high-rtt' },
      { type: 'host-error', reason: 'no-token', message: 'Twilio is not set up yet.' },
    ]) {
      expect(report(value)).toBe(true);
    }
  });

  it('refuses anything else', () => {
    for (const value of [
      { type: 'answered' },
      { type: 'ringing' },
      { type: 'ringing', callSid: 'CA 1' },
      { type: 'error', code: '31486', message: 'x' },
      { type: 'error', code: 31486.5, message: 'x' },
      { type: 'disconnect', extra: true },
      { type: 'warning', name: '<script>' },
      { type: 'host-error', reason: 'other', message: 'x' },
      null,
    ]) {
      expect(report(value)).toBe(false);
    }
    expect(
      argumentSchemas['telephony.report'].safeParse(['h', 'a', { type: 'disconnect' }]).success,
    ).toBe(false);
  });

  it('takes Twilio settings only in their formats', () => {
    expect(
      update({
        twilioTokenMode: 'url',
        twilioTokenUrl: 'https://tokens.example.com/voice',
        twilioAccountSid: `AC${'f'.repeat(32)}`,
        twilioApiKeySid: `SK${'0'.repeat(32)}`,
        twilioAppSid: `AP${'A'.repeat(32)}`,
        twilioCallerId: '+442071838750',
        twilioEdge: 'sydney',
        audioInputDeviceId: 'default',
        audioOutputDeviceId: null,
      }),
    ).toBe(true);
    expect(update({ twilioTokenUrl: 'http://127.0.0.1:8080/token' })).toBe(true);
    for (const patch of [
      { twilioTokenUrl: 'http://tokens.example.com/voice' },
      { twilioTokenUrl: 'ftp://x' },
      { twilioAccountSid: `SK${'f'.repeat(32)}` },
      { twilioApiKeySid: 'SK123' },
      { twilioAppSid: `AP${'g'.repeat(32)}` },
      { twilioCallerId: '4155550100' },
      { twilioEdge: 'moon' },
      { twilioTokenMode: 'oauth' },
    ]) {
      expect(update(patch)).toBe(false);
    }
  });
});
