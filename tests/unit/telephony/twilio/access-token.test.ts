import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MAX_TOKEN_TTL_SECONDS,
  mintVoiceAccessToken,
} from '../../../../electron/core/telephony/twilio/access-token';
import { voiceIdentityFor } from '../../../../electron/core/telephony/twilio/voice-identity';
import { voiceTokenRequest } from './token-request';

const request = voiceTokenRequest(
  'k3y-s3cret-never-in-the-token',
  Date.UTC(2026, 2, 10, 15, 0, 0, 789),
);

function decodePart(part: string | undefined): unknown {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
}

describe('minting a Twilio Voice access token', () => {
  it('has the header, claims and HS256 signature Twilio expects', () => {
    const { token } = mintVoiceAccessToken(request);
    const [header, payload, signature] = token.split('.');
    const iat = Math.floor(request.nowMs / 1000);

    expect(decodePart(header)).toEqual({ typ: 'JWT', alg: 'HS256', cty: 'twilio-fpa;v=1' });
    expect(decodePart(payload)).toEqual({
      jti: `${request.apiKeySid}-${iat}`,
      iss: request.apiKeySid,
      sub: request.accountSid,
      iat,
      exp: iat + 3600,
      grants: {
        identity: 'ana_lopez',
        voice: {
          outgoing: { application_sid: request.appSid },
          incoming: { allow: false },
        },
      },
    });
    const expected = crypto
      .createHmac('sha256', request.apiKeySecret)
      .update(`${header}.${payload}`)
      .digest();
    const given = Buffer.from(signature ?? '', 'base64url');
    expect(given).toHaveLength(32);
    expect(crypto.timingSafeEqual(given, expected)).toBe(true);
  });

  it('is signed with the secret and carries no trace of it', () => {
    const { token } = mintVoiceAccessToken(request);
    const other = mintVoiceAccessToken({ ...request, apiKeySecret: 'another-secret' });

    expect(token.split('.').slice(0, 2)).toEqual(other.token.split('.').slice(0, 2));
    expect(token.split('.')[2]).not.toBe(other.token.split('.')[2]);
    const readable = token
      .split('.')
      .slice(0, 2)
      .map((part) => Buffer.from(part, 'base64url').toString('utf8'))
      .join('');
    expect(readable).not.toContain(request.apiKeySecret);
    expect(token).not.toContain(Buffer.from(request.apiKeySecret).toString('base64url'));
  });

  it('lives at most 24 hours, and refuses a longer life', () => {
    const day = mintVoiceAccessToken({ ...request, ttlSeconds: MAX_TOKEN_TTL_SECONDS });
    expect(day.claims.exp - day.claims.iat).toBe(86_400);
    expect(() => mintVoiceAccessToken({ ...request, ttlSeconds: 86_401 })).toThrow(/24 h/);
    expect(() => mintVoiceAccessToken({ ...request, ttlSeconds: 0 })).toThrow(/24 h/);
  });

  it('refuses an identity Twilio Voice would refuse', () => {
    for (const identity of ['', 'ana lopez', 'ana.lopez', 'a'.repeat(122)]) {
      expect(() => mintVoiceAccessToken({ ...request, identity })).toThrow(/identity/);
    }
    expect(() => mintVoiceAccessToken({ ...request, identity: 'a'.repeat(121) })).not.toThrow();
  });
});

describe('the Voice identity of a rep', () => {
  it('keeps letters, digits and underscore and turns the rest into underscores', () => {
    expect(voiceIdentityFor('ana.lopez-2')).toBe('ana_lopez_2');
    expect(voiceIdentityFor('Rep_07')).toBe('Rep_07');
  });

  it('is at most 121 characters', () => {
    expect(voiceIdentityFor('r'.repeat(200))).toHaveLength(121);
  });

  it('refuses an empty rep id with words', () => {
    expect(() => voiceIdentityFor('')).toThrow(/rep id/);
  });
});
