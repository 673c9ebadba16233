import { describe, expect, it } from 'vitest';
import { buildCspHeader } from '../../../electron/core/platform/security/csp';
import { TWILIO_EDGES } from '../../../shared/domain/twilio';

/** CSP source matching as CSP Level 3 does it for scheme + host sources (enough for these). */
function allows(sources: readonly string[], url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return sources.some((source) => {
    const match = /^([a-z]+):\/\/(\*\.)?([^/:]+)$/.exec(source);
    if (!match) return false;
    const [, scheme, wildcard, host] = match;
    if (`${scheme}:` !== protocol) return false;
    return wildcard ? hostname.endsWith(`.${host}`) : hostname === host;
  });
}

function directive(name: string): string[] {
  const found = buildCspHeader()
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1) ?? [];
}

/**
 * Where the Voice SDK 2.x connects (lib/twilio/regions.ts, eventpublisher.ts, constants.ts):
 * signaling over WebSocket to voice-js.<edge>.twilio.com, call-quality events (Insights) posted
 * to eventgw.twilio.com, and its ringing and disconnect sounds fetched from sdk.twilio.com (by
 * XHR into Web Audio, or played by an <audio> element when Web Audio is off).
 */
describe('the CSP lets the Twilio Voice SDK reach Twilio, and nothing else', () => {
  it('allows signaling to every edge Dialdeck offers', () => {
    for (const edge of TWILIO_EDGES) {
      expect(allows(directive('connect-src'), `wss://voice-js.${edge}.twilio.com/signal`)).toBe(
        true,
      );
    }
  });

  it('allows the Insights events and the SDK sounds', () => {
    expect(allows(directive('connect-src'), 'https://eventgw.twilio.com/v4/EndpointEvents')).toBe(
      true,
    );
    const sound = 'https://sdk.twilio.com/js/client/sounds/releases/1.0.0/outgoing.mp3';
    expect(allows(directive('connect-src'), sound)).toBe(true);
    expect(allows(directive('media-src'), sound)).toBe(true);
  });

  it('does not open the page to look-alike hosts', () => {
    const connect = directive('connect-src');
    expect(allows(connect, 'wss://voice-js.ashburn.twilio.com.evil.example/')).toBe(false);
    expect(allows(connect, 'wss://eviltwilio.com/')).toBe(false);
    expect(allows(connect, 'http://eventgw.twilio.com/')).toBe(false);
    expect(directive('script-src')).toEqual(["'self'"]);
  });
});
