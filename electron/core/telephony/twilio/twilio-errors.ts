import { TOKEN_ERROR_CODES } from '../../../../shared/domain/twilio';

/** What a Twilio error does to a call: it reached a busy or absent callee, or the call failed. */
export type TwilioErrorOutcome =
  | { kind: 'ended'; reason: 'busy' | 'no-answer' }
  | { kind: 'failed'; code: string; message: string };

const SETTINGS = 'Settings › Telephony';
const NETWORK_CODES = new Set([31003, 31005, 31009, 31408, 53000, 53001]);

/**
 * Twilio's error codes in words a rep can act on. Busy and declined lines end as busy and an
 * unavailable callee as no-answer (to be retried later, like a ring-out): those are the callee's
 * doing, so they must not count towards the "line is failing" pause. Everything else fails.
 */
export function outcomeOfTwilioError(
  code: number,
  sdkMessage: string,
  answered: boolean,
): TwilioErrorOutcome {
  const failed = (message: string): TwilioErrorOutcome => ({
    kind: 'failed',
    code: `twilio-${code}`,
    message: `${message} (Twilio ${code})`,
  });
  switch (code) {
    case 31486:
    case 31600:
    case 31603:
      return { kind: 'ended', reason: 'busy' };
    case 31480:
      return { kind: 'ended', reason: 'no-answer' };
    case 31401:
    case 31208:
      return failed(
        'Dialdeck may not use the microphone. Allow it (macOS: System Settings › Privacy & ' +
          'Security › Microphone; Windows: Settings › Privacy › Microphone), then dial again',
      );
    case 31402:
      return failed(
        `The microphone could not be opened: another app may hold it, or it was unplugged. Pick one in ${SETTINGS}`,
      );
    case 20104:
    case 31205:
      return failed(
        'The Twilio access token expired; Dialdeck is getting a new one, so dial again. ' +
          "If it keeps happening, check this computer's clock",
      );
    case 31001:
      return failed(`Twilio cannot find the TwiML App: check the TwiML App SID in ${SETTINGS}`);
    case 31002:
      return failed(
        "Twilio declined the call: check that the TwiML App's Voice URL dials the number and " +
          'that the caller ID is a Twilio number or a verified caller ID',
      );
    case 31403:
      return failed(
        'Twilio refused to place the call: the caller ID may not be verified, or calls to this ' +
          "country are off in the account's Voice geographic permissions",
      );
    case 31404:
      return failed(
        'The number could not be reached: it may be wrong or out of service. Check it, or mark it a bad number',
      );
    case 31206:
      return failed(
        'Twilio is refusing calls for a moment (too many requests): wait a minute, then dial',
      );
    default:
      break;
  }
  if (TOKEN_ERROR_CODES.includes(code)) {
    return failed(
      `Twilio refused the access token: check the Account SID, API key SID and secret (or the token server) in ${SETTINGS}, then Test connection`,
    );
  }
  if (NETWORK_CODES.has(code) || (code >= 53400 && code <= 53499)) {
    return failed(
      answered
        ? 'The call dropped: the connection to Twilio was lost. Check the internet connection'
        : 'The connection to Twilio failed: check the internet connection, then dial again',
    );
  }
  const detail = sdkMessage.trim() ? `: ${sdkMessage.trim().slice(0, 200)}` : '';
  return failed(`Twilio could not complete the call${detail}`);
}
