import crypto from 'node:crypto';

/**
 * A rep's credential: HMAC-SHA256(team token, rep id). The hub verifies it with the team token
 * alone (no user table), and a rep given only their key cannot sign in as anyone else.
 */
export function deriveRepKey(teamToken: string, repId: string): string {
  return crypto
    .createHmac('sha256', teamToken)
    .update(`dialdeck-floor-rep:v1:${repId}`)
    .digest('base64url');
}

/** Constant-time comparison of two secrets. */
export function secretsEqual(presented: string, expected: string): boolean {
  const left = Buffer.from(presented);
  const right = Buffer.from(expected);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** "Bearer <secret>" → the secret; anything else → null. */
export function bearerSecret(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/.exec(header ?? '');
  return match?.[1] ?? null;
}

export const MIN_TEAM_TOKEN_LENGTH = 16;

export function generateTeamToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
