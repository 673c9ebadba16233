import { z } from 'zod';
import { TWIML_APP_SID, VOICE_IDENTITY } from '../../../../shared/domain/twilio';
import { MAX_TOKEN_TTL_SECONDS } from './access-token';
import { decodeJwt } from './jwt-parts';

export type TokenInspection =
  | { ok: true; identity: string; appSid: string | null; expiresAt: number }
  | { ok: false; message: string };

const claimsSchema = z.object({
  exp: z.number(),
  grants: z.object({
    identity: z.string(),
    voice: z
      .object({
        outgoing: z.object({ application_sid: z.string() }).partial().optional(),
      })
      .optional(),
  }),
});

/** Tokens this close to expiry are no use for a call. */
const MIN_LIFE_MS = 30_000;
/** Clocks disagree a little; a token the server made "24 h" may read a minute longer here. */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * What can be told of an access token without its secret: that it is a Twilio access token with a
 * Voice grant, whose identity is valid, that is not expired and not longer-lived than Twilio allows.
 */
export function inspectVoiceToken(token: string, nowMs: number): TokenInspection {
  const decoded = decodeJwt(token);
  if (!decoded) return problem('is not a JWT (three base64url parts)');
  if (decoded.header.cty !== 'twilio-fpa;v=1' || decoded.header.alg !== 'HS256') {
    return problem('is not a Twilio access token (its header must say HS256 and twilio-fpa;v=1)');
  }
  const parsed = claimsSchema.safeParse(decoded.claims);
  if (!parsed.success) return problem('has no identity or expiry in its claims');
  const { exp, grants } = parsed.data;
  if (!grants.voice) return problem('has no Voice grant');
  if (!VOICE_IDENTITY.test(grants.identity)) {
    return problem(
      `carries the identity "${grants.identity}", which Twilio Voice refuses ` +
        '(letters, digits and underscore only, at most 121)',
    );
  }
  const expiresAt = exp * 1000;
  if (expiresAt < nowMs + MIN_LIFE_MS) return problem('has expired (check this computer’s clock)');
  if (expiresAt > nowMs + MAX_TOKEN_TTL_SECONDS * 1000 + CLOCK_SLACK_MS) {
    return problem('lives longer than 24 hours, which Twilio refuses');
  }
  const appSid = grants.voice.outgoing?.application_sid ?? null;
  return {
    ok: true,
    identity: grants.identity,
    appSid: appSid !== null && TWIML_APP_SID.test(appSid) ? appSid : null,
    expiresAt,
  };
}

function problem(what: string): TokenInspection {
  return { ok: false, message: `The access token ${what}.` };
}
