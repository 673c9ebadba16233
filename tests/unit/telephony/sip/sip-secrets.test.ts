import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { settle } from '../twilio/async-manual-clock';
import { FAKE_FINALS } from './fake-sip-stack';
import { SIP_PASSWORD, sipHarness } from './sip-harness';

describe('the SIP password', () => {
  it('never appears in the log or in any answer the window gets; the window signs in with the digest', async () => {
    const lines: string[] = [];
    // A logger that was never told the password: nothing can be masked, so nothing may be logged.
    const log = createLogger((_level, line) => lines.push(line));
    const harness = await sipHarness({
      log,
      settings: { sipRealm: 'dialdeck.test', sipAuthUser: 'ana-auth' },
      control: { probe: () => Promise.resolve(null) },
    });
    harness.queue({ kind: 'final', afterMs: 500, ring: false, ...FAKE_FINALS.busy });
    await harness.provider.dial({ attemptId: 'a-1', to: '+13035550176', callerId: null });
    await harness.advance(1_000);
    await harness.provider.dial({ attemptId: 'a-2', to: '+13035550177', callerId: null });
    await harness.advance(5_000);
    await harness.provider.hangup('a-2');
    await settle();

    const answers = [
      await harness.api.sip.account(),
      await harness.api.settings.get(),
      await harness.api.sip.testConnection(),
      await harness.api.sip.attachHost('another-window-1'),
    ];
    const everything = JSON.stringify({ answers, lines, commands: harness.commands });
    expect(lines.length).toBeGreaterThan(2);
    expect(everything).not.toContain(SIP_PASSWORD);

    const ha1 = createHash('md5').update(`ana-auth:dialdeck.test:${SIP_PASSWORD}`).digest('hex');
    expect(answers[0]).toEqual({
      ok: true,
      value: {
        webSocketUrl: 'wss://pbx.example.com:8089/ws',
        uri: 'sip:ana@pbx.example.com',
        authorizationUser: 'ana-auth',
        realm: 'dialdeck.test',
        ha1,
        register: true,
        iceServers: [],
      },
    });
    expect(harness.stack.agents[0]?.account.ha1).toBe(ha1);
    expect(lines.join('\n')).not.toContain(ha1);
    expect(answers[1]).toMatchObject({ ok: true, value: { secretsSet: { sipPassword: true } } });
  });

  it('the realm defaults to the SIP URI’s host; TURN servers carry the TURN user and password', async () => {
    const harness = await sipHarness({ settings: { sipUri: 'sip:ana@pbx.example.com:5070' } });
    const account = harness.line.account();
    expect(account.realm).toBe('pbx.example.com');
    expect(account.authorizationUser).toBe('ana');

    harness.settings.update({ sipIceServers: ['stun:stun.example.com', 'turn:turn.example.com'] });
    harness.settings.update({ sipTurnUsername: 'turner' });
    harness.settings.setSecret('sipTurnPassword', 'turn-secret-123');
    expect(harness.line.account().iceServers).toEqual([
      { urls: 'stun:stun.example.com' },
      { urls: 'turn:turn.example.com', username: 'turner', credential: 'turn-secret-123' },
    ]);
  });
});
