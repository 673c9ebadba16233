/**
 * The wall screen's policy: stricter than the app's (no telephony, no media, nothing inline).
 * The page loads one script and one stylesheet from the hub and streams from the hub only.
 */
export const WALL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers of every hub response; the token rides in the page URL, so no referrer may leak it. */
export const WALL_SECURITY_HEADERS = {
  'content-security-policy': WALL_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;
