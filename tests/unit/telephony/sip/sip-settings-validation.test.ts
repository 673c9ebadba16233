import { describe, expect, it } from 'vitest';
import { parseSipFlags } from '../../../../electron/browser/sip-flags';
import { argumentSchemas } from '../../../../shared/ipc/validators';

const update = (patch: Record<string, unknown>) =>
  argumentSchemas['settings.update'].safeParse([patch]);
const firstIssue = (patch: Record<string, unknown>) => {
  const parsed = update(patch);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe('settings.update checks the SIP settings in the main process', () => {
  it('takes wss:// anywhere and ws:// only to localhost', () => {
    expect(update({ sipWebSocketUrl: 'wss://pbx.example.com:8089/ws' }).success).toBe(true);
    expect(update({ sipWebSocketUrl: 'ws://127.0.0.1:8080' }).success).toBe(true);
    expect(firstIssue({ sipWebSocketUrl: 'ws://pbx.example.com/ws' })).toBe(
      'the SIP server must be a wss:// address (ws:// only for localhost)',
    );
    expect(firstIssue({ sipWebSocketUrl: 'https://pbx.example.com/ws' })).toBe(
      'the SIP server must be a wss:// address (ws:// only for localhost)',
    );
  });

  it('refuses letters in the dial prefix and a caller ID not in E.164', () => {
    expect(firstIssue({ sipDialPrefix: '9X' })).toBe(
      'the dial prefix may hold only digits, * and # (no letters), at most 12',
    );
    expect(firstIssue({ sipCallerId: '4155550100' })).toBe(
      'the caller ID must be in E.164 form, like +14155550123',
    );
  });

  it('takes SIP as the provider and refuses an unknown one', () => {
    expect(update({ telephonyProvider: 'sip' }).success).toBe(true);
    expect(update({ telephonyProvider: 'skype' }).success).toBe(false);
  });

  it('accepts only sip.report shapes a window can send', () => {
    const report = argumentSchemas['sip.report'];
    expect(
      report.safeParse(['window-0001', 'a-1', { type: 'progress', status: 183, earlyMedia: true }])
        .success,
    ).toBe(true);
    expect(
      report.safeParse(['window-0001', 'a-1', { type: 'progress', status: 200, earlyMedia: true }])
        .success,
    ).toBe(false);
    expect(report.safeParse(['window-0001', 'a-1', { type: 'accepted', extra: 1 }]).success).toBe(
      false,
    );
  });
});

describe('browser-mode SIP flags', () => {
  it('point the app at a server, make SIP the line and take the password from the environment', () => {
    const flags = parseSipFlags(
      {
        'sip-ws-url': 'ws://127.0.0.1:8080',
        'sip-uri': 'sip:rep@dialdeck.test',
        'sip-no-register': true,
        'sip-outbound-proxy': 'sip:127.0.0.1:5060;lr',
        'sip-caller-id': '+13035550100',
        'sip-number-format': 'prefix',
        'sip-dial-prefix': '9',
        'sip-ice-servers': 'stun:127.0.0.1:3478',
      },
      { DIALDECK_SIP_PASSWORD: 'rig-password' },
    );
    expect(flags).toEqual({
      settings: {
        telephonyProvider: 'sip',
        sipWebSocketUrl: 'ws://127.0.0.1:8080',
        sipUri: 'sip:rep@dialdeck.test',
        sipRegister: false,
        sipOutboundProxy: 'sip:127.0.0.1:5060;lr',
        sipCallerId: '+13035550100',
        sipNumberFormat: 'prefix',
        sipDialPrefix: '9',
        sipIceServers: ['stun:127.0.0.1:3478'],
      },
      secrets: { sipPassword: 'rig-password' },
      warnings: [],
    });
  });

  it('refuse a ws:// URL to another machine with the rule', () => {
    expect(() => parseSipFlags({ 'sip-ws-url': 'ws://pbx.example.com/ws' })).toThrow(
      '--sip-ws-url: the SIP server must be a wss:// address (ws:// only for localhost), got "ws://pbx.example.com/ws".',
    );
  });

  it('warn when the password is on the command line, without repeating it', () => {
    const flags = parseSipFlags({ 'sip-password': 'shown-in-ps' });
    expect(flags.secrets).toEqual({ sipPassword: 'shown-in-ps' });
    expect(flags.warnings.join(' ')).toContain('--sip-password shows the SIP password');
    expect(flags.warnings.join(' ')).not.toContain('shown-in-ps');
  });
});
