/**
 * The Content-Security-Policy of every Dialdeck page. No inline script, no eval, no remote code;
 * connections only to ourselves, the local browser-mode bridge and the telephony provider.
 */
export interface CspOptions {
  /** Extra connect-src entries, e.g. the browser-mode bridge `ws://127.0.0.1:5180`. */
  connectSrc?: readonly string[];
}

export const TELEPHONY_CONNECT_SRC = ['https://*.twilio.com', 'wss://*.twilio.com'] as const;

/**
 * The page's own meta policy is built before anyone chose a SIP server, so it lets the SIP phone
 * reach any secure WebSocket or one on this machine; the header each page is served with (which
 * applies as well) names the one server the settings choose.
 */
export const SIP_CONNECT_FRAME = ['wss:', 'ws://127.0.0.1:*', 'ws://localhost:*'] as const;

export function buildCsp(options: CspOptions = {}): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['media-src', ["'self'", 'blob:', 'mediastream:', 'https://sdk.twilio.com']],
    ['connect-src', ["'self'", ...TELEPHONY_CONNECT_SRC, ...(options.connectSrc ?? [])]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Directives only an HTTP header can carry (a meta tag ignores them). */
export function buildCspHeader(options: CspOptions = {}): string {
  return `${buildCsp(options)}; frame-ancestors 'none'`;
}
