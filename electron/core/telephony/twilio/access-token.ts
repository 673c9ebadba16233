import crypto from 'node:crypto';
import { VOICE_IDENTITY } from '../../../../shared/domain/twilio';

/** Twilio refuses access tokens that live longer than a day. */
export const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
export const DEFAULT_TOKEN_TTL_SECONDS = 60 * 60;

export interface VoiceTokenRequest {
  accountSid: string;
  apiKeySid: string;
  apiKeySecret: string;
  /** The TwiML App that places outgoing calls. */
  appSid: string;
  identity: string;
  nowMs: number;
  ttlSeconds?: number;
}

/** The claims of a Twilio access token with a Voice grant, as Twilio's helper libraries write them. */
export interface VoiceTokenClaims {
  jti: string;
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  grants: {
    identity: string;
    voice: { outgoing: { application_sid: string }; incoming: { allow: boolean } };
  };
}

export const TOKEN_HEADER = { typ: 'JWT', alg: 'HS256', cty: 'twilio-fpa;v=1' } as const;

/**
 * Signs a Voice access token (HS256 JWT) with the API key's secret. No `nbf`: a clock running a
 * little fast here would otherwise make Twilio refuse the token as not yet valid.
 */
export function mintVoiceAccessToken(request: VoiceTokenRequest): {
  token: string;
  claims: VoiceTokenClaims;
} {
  const ttl = request.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
    throw new RangeError(`An access token lives 1 s to 24 h, not ${ttl} s.`);
  }
  if (!VOICE_IDENTITY.test(request.identity)) {
    throw new RangeError(`"${request.identity}" is not a valid Twilio Voice identity.`);
  }
  const iat = Math.floor(request.nowMs / 1000);
  const claims: VoiceTokenClaims = {
    jti: `${request.apiKeySid}-${iat}`,
    iss: request.apiKeySid,
    sub: request.accountSid,
    iat,
    exp: iat + ttl,
    grants: {
      identity: request.identity,
      voice: {
        outgoing: { application_sid: request.appSid },
        incoming: { allow: false },
      },
    },
  };
  const signingInput = `${base64Url(TOKEN_HEADER)}.${base64Url(claims)}`;
  const signature = crypto
    .createHmac('sha256', request.apiKeySecret)
    .update(signingInput)
    .digest('base64url');
  return { token: `${signingInput}.${signature}`, claims };
}

function base64Url(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
