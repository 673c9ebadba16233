import type { SipRegistrationFailure } from './sip-phone';

const SETTINGS = 'Settings › Telephony › SIP';

/** Why the SIP phone could not sign in, in words a rep (or their admin) can act on. */
export function registrationProblem(failure: SipRegistrationFailure, realm: string | null): string {
  const said = failure.status
    ? ` (${failure.status}${failure.reasonPhrase ? ` ${failure.reasonPhrase}` : ''})`
    : '';
  if (failure.challengeRealm !== null && realm !== null && failure.challengeRealm !== realm) {
    return (
      `The SIP server asks for realm "${failure.challengeRealm}", but the settings say ` +
      `"${realm}": enter "${failure.challengeRealm}" as the realm in ${SETTINGS}.`
    );
  }
  switch (failure.status) {
    case 401:
    case 407:
      return `The SIP server refused the user name or password${said}: check them in ${SETTINGS}.`;
    case 403:
      return `The SIP server forbids this account${said}: check the SIP URI and user name, or ask the PBX's administrator.`;
    case 404:
      return `The SIP server does not know this account${said}: check the SIP URI's user and domain.`;
    default:
      break;
  }
  if (failure.status !== null) return `The SIP server refused the registration${said}.`;
  switch (failure.cause) {
    case 'Connection Error':
      return `Cannot reach the SIP server: its WebSocket did not open. Check the WebSocket URL in ${SETTINGS}.`;
    case 'Request Timeout':
      return 'The SIP server did not answer the registration in time.';
    case 'Authentication Error':
      return `The SIP server refused the user name or password: check them and the realm in ${SETTINGS}.`;
    default:
      return `The registration failed (${failure.cause || 'no reason given'}).`;
  }
}
