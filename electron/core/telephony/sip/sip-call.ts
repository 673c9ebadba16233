import type { CallEndReason } from '../../../../shared/domain/call';
import type { SipCallReport } from '../../../../shared/domain/sip';
import { HostedCall, type HostedCallDeps } from '../hosted/hosted-call';
import { endingOfEnd, endingOfFailure, type SipEnding } from './sip-outcomes';

const NO_PROGRESS = {
  code: 'sip-no-progress',
  message:
    'The SIP server gave no sign of the call ringing: check the connection to the server (Settings › Telephony › SIP › Test connection)',
};

/** One call on the SIP line. Learns what happened from the window's reports (JsSIP's session events). */
export class SipCall extends HostedCall<SipCallReport> {
  constructor(deps: HostedCallDeps) {
    super(deps, { prefix: 'sip', noProgress: NO_PROGRESS });
  }

  apply(report: SipCallReport): void {
    if (this.phase === 'ended') return;
    switch (report.type) {
      case 'connecting':
        return this.onConnecting();
      case 'progress':
        // 180 Ringing or 183 Session Progress: either way the number rings (early media plays).
        return this.ring();
      case 'accepted':
        return this.answer();
      case 'failed':
        this.deps.disconnectOnHost();
        return this.end(endingOfFailure(report));
      case 'ended':
        return this.end(endingOfEnd(report));
      case 'host-error':
        return this.failOnHost(report.reason, report.message);
    }
  }

  private end(ending: SipEnding): void {
    if (ending.kind === 'failed') return this.finish(ending);
    this.finish({ kind: 'ended', reason: reasonFor(ending.reason, this.isLive) });
  }
}

/** Our own end of a call that was never answered is a cancel, whatever JsSIP calls it. */
function reasonFor(reason: CallEndReason, wasConnected: boolean): CallEndReason {
  return reason === 'hangup-local' && !wasConnected ? 'canceled' : reason;
}
