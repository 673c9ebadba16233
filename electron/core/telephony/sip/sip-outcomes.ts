import type { SipCallReport } from '../../../../shared/domain/sip';

/** What the line's answer does to a call: the callee's doing ends it, anything else fails it. */
export type SipEnding =
  | { kind: 'ended'; reason: 'busy' | 'no-answer' | 'hangup-remote' | 'hangup-local' }
  | { kind: 'failed'; code: string; message: string };

type FailedReport = Extract<SipCallReport, { type: 'failed' }>;
type EndedReport = Extract<SipCallReport, { type: 'ended' }>;

const SETTINGS = 'Settings › Telephony › SIP';
const BUSY: SipEnding = { kind: 'ended', reason: 'busy' };
const NO_ANSWER: SipEnding = { kind: 'ended', reason: 'no-answer' };

/**
 * A call that never got to 200 OK, in words a rep can act on. Busy, declined and absent callees
 * end the call (busy, no-answer: retried by the cadence, not counted as the line failing); a
 * number the network says does not exist fails with the bad-number outcome offered, never
 * applied, since nobody heard it; everything else is the line failing, with its reason.
 */
export function endingOfFailure(report: FailedReport): SipEnding {
  const byStatus = report.status === null ? null : endingOfStatus(report);
  return byStatus ?? endingOfCause(report.cause, false);
}

/** An established call ended: by the prospect, by us, or by the connection giving out. */
export function endingOfEnd(report: EndedReport): SipEnding {
  if (report.originator === 'remote') return { kind: 'ended', reason: 'hangup-remote' };
  if (report.originator === 'local') return { kind: 'ended', reason: 'hangup-local' };
  return endingOfCause(report.cause, true);
}

function endingOfStatus(report: FailedReport): SipEnding | null {
  const status = report.status ?? 0;
  const said = `SIP ${status}${report.reasonPhrase.trim() ? ` ${report.reasonPhrase.trim()}` : ''}`;
  const failed = (code: string, words: string): SipEnding => ({
    kind: 'failed',
    code: `sip-${code}`,
    message: `${words} (${said})`,
  });
  switch (status) {
    // 603 Decline: like a busy line, the person may pick up another time.
    case 486:
    case 600:
    case 603:
      return BUSY;
    // 487 from the far side: the PBX's own ring limit ran out before ours.
    case 480:
    case 408:
    case 487:
      return NO_ANSWER;
    case 404:
    case 484:
    case 604:
      return failed(
        'bad-number',
        'The network says this number does not exist. Nobody heard it, so the lead only gets ' +
          '"failed": if the number is wrong, choose the Bad number outcome',
      );
    case 401:
    case 407:
      return failed(
        'auth',
        `The SIP server refused the user name or password: check them and the realm in ${SETTINGS}, then Test connection`,
      );
    case 403:
      return failed(
        'forbidden',
        'The SIP server forbids this call: the account may not call this number, or the caller ID is refused',
      );
    case 503:
      return failed(
        'unavailable',
        "The SIP server or its trunk is unavailable: dial again in a minute, and if it lasts ask the PBX's administrator",
      );
    case 488:
    case 606:
      return failed('media', 'The far end accepts none of the audio formats this call offered');
    default:
      break;
  }
  if (status >= 500 && status < 600) {
    return failed('server', 'The SIP server could not place the call');
  }
  if (status >= 400) return failed('refused', 'The line refused the call');
  return null;
}

function endingOfCause(cause: string, answered: boolean): SipEnding {
  const failed = (code: string, message: string): SipEnding => ({
    kind: 'failed',
    code: `sip-${code}`,
    message,
  });
  switch (cause) {
    case 'Busy':
    case 'Rejected':
      return BUSY;
    case 'No Answer':
    case 'Unavailable':
      return NO_ANSWER;
    case 'Canceled':
      return { kind: 'ended', reason: 'hangup-local' };
    case 'User Denied Media Access':
      return failed(
        'microphone',
        'Dialdeck may not use the microphone. Allow it (macOS: System Settings › Privacy & ' +
          'Security › Microphone; Windows: Settings › Privacy › Microphone), then dial again',
      );
    case 'Connection Error':
      return failed(
        'transport-lost',
        answered
          ? 'The call dropped: the connection to the SIP server was lost'
          : `The connection to the SIP server failed: check the network and the WebSocket URL in ${SETTINGS}, then dial again`,
      );
    case 'Request Timeout':
      return failed('no-response', 'The SIP server did not answer in time: check that it is up');
    case 'Authentication Error':
      return failed(
        'auth',
        `The SIP server refused the user name or password: check them and the realm in ${SETTINGS}, then Test connection`,
      );
    case 'RTP Timeout':
      return failed(
        'media-lost',
        'The call dropped: no audio came from the other side for too long',
      );
    case 'WebRTC Error':
    case 'Bad Media Description':
    case 'Incompatible SDP':
    case 'Missing SDP':
      return failed('media', `The call's audio could not be set up (${cause})`);
    default:
      return failed(
        'failed',
        answered
          ? `The call dropped (${cause || 'no reason given'})`
          : `The call failed (${cause || 'no reason given'})`,
      );
  }
}
