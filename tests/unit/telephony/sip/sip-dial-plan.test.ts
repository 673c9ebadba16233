import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../electron/core/platform/settings/default-settings';
import { dialPlanFor } from '../../../../electron/core/telephony/sip/sip-dial-plan';
import type { PublicSettings } from '../../../../shared/domain/settings';

const settings = (patch: Partial<PublicSettings> = {}): PublicSettings =>
  ({
    ...defaultSettings(),
    repCountry: 'US',
    sipWebSocketUrl: 'wss://pbx.example.com/ws',
    sipUri: 'sip:ana@pbx.example.com',
    sipCallerId: '+14155550100',
    ...patch,
    secretsSet: {},
  }) as PublicSettings;

const dial = { attemptId: 'a-1', to: '+13035550176', callerId: null };

describe('the SIP dial plan', () => {
  it('calls the number on the account domain and presents the default caller ID as From user', () => {
    expect(dialPlanFor(dial, settings())).toEqual({
      target: 'sip:+13035550176@pbx.example.com',
      fromUser: '+14155550100',
      extraHeaders: [],
    });
  });

  it("presents the dial's own caller ID (local presence) over the default", () => {
    const plan = dialPlanFor({ ...dial, callerId: '+13035550100' }, settings());
    expect(plan.fromUser).toBe('+13035550100');
  });

  it('presents the caller ID as P-Asserted-Identity when the settings say so', () => {
    const plan = dialPlanFor(
      { ...dial, callerId: '+13035550100' },
      settings({ sipCallerIdHeader: 'p-asserted-identity' }),
    );
    expect(plan.fromUser).toBeNull();
    expect(plan.extraHeaders).toEqual(['P-Asserted-Identity: <sip:+13035550100@pbx.example.com>']);
  });

  it('presents no caller ID when neither the dial nor the settings have one', () => {
    const plan = dialPlanFor(dial, settings({ sipCallerId: null }));
    expect(plan.fromUser).toBeNull();
    expect(plan.extraHeaders).toEqual([]);
  });

  it('routes through the outbound proxy as a loose router', () => {
    expect(
      dialPlanFor(dial, settings({ sipOutboundProxy: 'sip:proxy.example.com:5060' })).extraHeaders,
    ).toEqual(['Route: <sip:proxy.example.com:5060;lr>']);
    expect(
      dialPlanFor(dial, settings({ sipOutboundProxy: 'sip:proxy.example.com;lr' })).extraHeaders,
    ).toEqual(['Route: <sip:proxy.example.com;lr>']);
  });

  it('writes the number as the settings dial it, # escaped in the URI', () => {
    expect(dialPlanFor(dial, settings({ sipNumberFormat: 'national' })).target).toBe(
      'sip:3035550176@pbx.example.com',
    );
    expect(
      dialPlanFor(dial, settings({ sipNumberFormat: 'prefix', sipDialPrefix: '#9' })).target,
    ).toBe('sip:%23913035550176@pbx.example.com');
  });
});
