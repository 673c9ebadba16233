import { createHash } from 'node:crypto';
import type { PublicSettings, SecretName } from '../../../../shared/domain/settings';
import type { SipAccount, SipIceServer } from '../../../../shared/domain/sip';
import { DomainError } from '../../../../shared/result';
import { describeMissingSip, missingSipSetup, partsOfSipUri } from './sip-setup';

/**
 * What the window's SIP phone signs in with. The password stays in the core: the window gets
 * the digest's HA1 for the realm (JsSIP answers challenges with it), good for that server only.
 */
export function sipAccountFor(
  settings: PublicSettings,
  secret: (name: SecretName) => string | null,
): SipAccount {
  const missing = missingSipSetup(settings);
  if (missing.length > 0) throw new DomainError('unavailable', describeMissingSip(missing));
  const uri = settings.sipUri ?? '';
  const { user, domain } = partsOfSipUri(uri);
  const authorizationUser = settings.sipAuthUser ?? user;
  // A realm with no port: the challenge names the host only.
  const realm = settings.sipRealm ?? domain.replace(/:\d+$/, '');
  const password = secret('sipPassword');
  return {
    webSocketUrl: settings.sipWebSocketUrl ?? '',
    uri,
    authorizationUser,
    realm,
    ha1: password === null ? null : md5(`${authorizationUser}:${realm}:${password}`),
    register: settings.sipRegister,
    iceServers: settings.sipIceServers.map((urls) => iceServer(urls, settings, secret)),
  };
}

function iceServer(
  urls: string,
  settings: PublicSettings,
  secret: (name: SecretName) => string | null,
): SipIceServer {
  if (urls.startsWith('stun:')) return { urls };
  const credential = secret('sipTurnPassword');
  return {
    urls,
    ...(settings.sipTurnUsername ? { username: settings.sipTurnUsername } : {}),
    ...(credential ? { credential } : {}),
  };
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}
