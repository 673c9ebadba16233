import type { PublicSettings } from '../../../../shared/domain/settings';
import type { SipDialPlan } from '../../../../shared/domain/sip';
import type { DialRequest } from '../provider';
import { dialStringFor } from './dial-string';
import { partsOfSipUri } from './sip-setup';

/**
 * How the window places this dial: the Request-URI on the account's domain, the caller ID where
 * the settings present it (a local-presence number the dial names, else the default), and the
 * outbound proxy as a Route header. Settings must be complete (missingSipSetup is empty).
 */
export function dialPlanFor(request: DialRequest, settings: PublicSettings): SipDialPlan {
  const { domain } = partsOfSipUri(settings.sipUri ?? '');
  const dialString = dialStringFor(request.to, {
    format: settings.sipNumberFormat,
    prefix: settings.sipDialPrefix,
    homeCountry: settings.repCountry,
  });
  const callerId = request.callerId ?? settings.sipCallerId;
  const extraHeaders: string[] = [];
  if (callerId !== null && settings.sipCallerIdHeader === 'p-asserted-identity') {
    extraHeaders.push(`P-Asserted-Identity: <sip:${callerId}@${domain}>`);
  }
  if (settings.sipOutboundProxy)
    extraHeaders.push(`Route: <${looseRouted(settings.sipOutboundProxy)}>`);
  return {
    target: `sip:${uriUser(dialString)}@${domain}`,
    fromUser: callerId !== null && settings.sipCallerIdHeader === 'from' ? callerId : null,
    extraHeaders,
  };
}

/** A proxy in a Route header must say it is a loose router, or the INVITE goes to it as the target. */
function looseRouted(proxy: string): string {
  return /;lr(;|=|$)/.test(proxy) ? proxy : `${proxy};lr`;
}

/** # is not allowed in a URI's user part (RFC 3261 escapes it). */
function uriUser(dialString: string): string {
  return dialString.replace(/#/g, '%23');
}
