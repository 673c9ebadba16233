import { describe, expect, it } from 'vitest';
import { mintVoiceAccessToken } from '../../../../electron/core/telephony/twilio/access-token';
import { inspectVoiceToken } from '../../../../electron/core/telephony/twilio/token-inspection';
import { voiceTokenRequest } from './token-request';

const now = Date.UTC(2026, 2, 10, 15, 0, 0);
const base = voiceTokenRequest('secret', now);
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const forged = (header: object, claims: object) => `${part(header)}.${part(claims)}.c2lnbmF0dXJl`;
const HEADER = { typ: 'JWT', alg: 'HS256', cty: 'twilio-fpa;v=1' };

describe('inspecting an access token from a token server', () => {
  it('reads the identity, the TwiML App and the expiry of a good token', () => {
    expect(inspectVoiceToken(mintVoiceAccessToken(base).token, now)).toEqual({
      ok: true,
      identity: 'ana_lopez',
      appSid: base.appSid,
      expiresAt: now + 3_600_000,
    });
  });

  it.each([
    ['not-a-jwt', /is not a JWT/],
    [forged({ typ: 'JWT', alg: 'HS256' }, { exp: 1 }), /not a Twilio access token/],
    [forged(HEADER, { exp: now / 1000 + 600 }), /no identity or expiry/],
    [forged(HEADER, { exp: now / 1000 + 600, grants: { identity: 'ana' } }), /no Voice grant/],
    [
      forged(HEADER, { exp: now / 1000 + 600, grants: { identity: 'ana lopez', voice: {} } }),
      /identity "ana lopez"/,
    ],
    [forged(HEADER, { exp: now / 1000 - 1, grants: { identity: 'ana', voice: {} } }), /expired/],
    [
      forged(HEADER, { exp: now / 1000 + 2 * 86_400, grants: { identity: 'ana', voice: {} } }),
      /longer than 24 hours/,
    ],
  ])('refuses %s', (token, message) => {
    const inspection = inspectVoiceToken(token, now);
    expect(inspection.ok).toBe(false);
    if (!inspection.ok) expect(inspection.message).toMatch(message);
  });

  it('reports a Voice grant without a TwiML App as such', () => {
    const token = forged(HEADER, { exp: now / 1000 + 600, grants: { identity: 'ana', voice: {} } });
    expect(inspectVoiceToken(token, now)).toMatchObject({ ok: true, appSid: null });
  });
});
