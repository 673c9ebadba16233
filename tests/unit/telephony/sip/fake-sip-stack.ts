import type { SipAccount, SipDialPlan } from '../../../../shared/domain/sip';
import type {
  SipAgentListener,
  SipCallMedia,
  SipPhoneCall,
  SipRegistrationFailure,
  SipSessionReport,
  SipStack,
  SipUserAgent,
} from '../../../../renderer/src/telephony/sip/sip-phone';
import type { FakeTimers } from '../../../support/fake-voice-sdk/fake-call';

/** How the far end answers the next INVITE, the way JsSIP would report it. */
export type FakeSipScript =
  | {
      kind: 'answer';
      progressAfterMs: number;
      progressStatus: number;
      answerAfterMs: number;
      /** The prospect hangs up after talking this long. */
      talkMs: number;
    }
  | {
      kind: 'final';
      afterMs: number;
      /** A 180 first, then the final answer. */
      ring: boolean;
      status: number | null;
      reasonPhrase: string;
      cause: string;
      originator?: 'remote' | 'system' | 'local';
    }
  /** Nothing comes back at all. */
  | { kind: 'silent' };

export const FAKE_FINALS = {
  busy: { status: 486, reasonPhrase: 'Busy Here', cause: 'Busy' },
  unavailable: { status: 480, reasonPhrase: 'Temporarily Unavailable', cause: 'Unavailable' },
  notFound: { status: 404, reasonPhrase: 'Not Found', cause: 'Not Found' },
  serviceUnavailable: {
    status: 503,
    reasonPhrase: 'Service Unavailable',
    cause: 'SIP Failure Code',
  },
} as const;

/** One INVITE placed by the fake agent. */
export class FakeSipCall implements SipPhoneCall {
  muted = false;
  readonly digits: string[] = [];
  private accepted = false;
  private over = false;
  private readonly pending: Array<{ cancel(): void }> = [];

  constructor(
    readonly plan: SipDialPlan,
    readonly media: SipCallMedia,
    private readonly onReport: (report: SipSessionReport) => void,
    private readonly timers: FakeTimers,
  ) {}

  play(script: FakeSipScript): void {
    switch (script.kind) {
      case 'silent':
        return;
      case 'answer':
        this.after(script.progressAfterMs, () =>
          this.report({
            type: 'progress',
            status: script.progressStatus,
            earlyMedia: script.progressStatus === 183,
          }),
        );
        this.after(script.progressAfterMs + script.answerAfterMs, () => {
          this.accepted = true;
          this.report({ type: 'accepted' });
        });
        this.after(script.progressAfterMs + script.answerAfterMs + script.talkMs, () =>
          this.hangUpRemotely(),
        );
        return;
      case 'final':
        if (script.ring)
          this.after(0, () => this.report({ type: 'progress', status: 180, earlyMedia: false }));
        this.after(script.afterMs, () => {
          this.over = true;
          this.report({
            type: 'failed',
            originator: script.originator ?? 'remote',
            status: script.status,
            reasonPhrase: script.reasonPhrase,
            cause: script.cause,
          });
        });
        return;
    }
  }

  get isOver(): boolean {
    return this.over;
  }

  /** What JsSIP reports after terminate(): a cancel before the answer, a BYE after it. */
  hangUp(): void {
    if (this.over) return;
    this.over = true;
    this.cancelPending();
    this.report(
      this.accepted
        ? { type: 'ended', originator: 'local', cause: 'Terminated' }
        : {
            type: 'failed',
            originator: 'local',
            status: null,
            reasonPhrase: '',
            cause: 'Canceled',
          },
    );
  }

  hangUpRemotely(): void {
    this.endWith({ type: 'ended', originator: 'remote', cause: 'Terminated' });
  }

  /** JsSIP ends the dialog itself (no ACK, a failed refresh), reported as from our side. */
  endBySelf(cause: string): void {
    this.endWith({ type: 'ended', originator: 'local', cause });
  }

  /** The WebSocket to the server drops. */
  loseTransport(): void {
    this.endWith(
      this.accepted
        ? { type: 'ended', originator: 'system', cause: 'Connection Error' }
        : {
            type: 'failed',
            originator: 'system',
            status: null,
            reasonPhrase: '',
            cause: 'Connection Error',
          },
    );
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  sendDigits(digits: string): void {
    this.digits.push(digits);
  }

  private endWith(report: SipSessionReport): void {
    if (this.over) return;
    this.over = true;
    this.cancelPending();
    this.report(report);
  }

  private after(ms: number, action: () => void): void {
    this.pending.push(
      this.timers.setTimer(() => {
        if (!this.over) action();
      }, ms),
    );
  }

  private cancelPending(): void {
    this.pending.forEach((timer) => timer.cancel());
    this.pending.length = 0;
  }

  private report(report: SipSessionReport): void {
    this.onReport(report);
  }
}

export class FakeSipAgent implements SipUserAgent {
  readonly calls: FakeSipCall[] = [];
  started = false;
  stopped = false;

  constructor(
    readonly account: SipAccount,
    private readonly listener: SipAgentListener,
    private readonly stack: FakeSipStack,
  ) {}

  start(): void {
    this.started = true;
    this.stack.timers.setTimer(() => {
      if (this.stopped) return;
      const failure = this.stack.registrationFailure;
      if (failure === 'unreachable') return this.listener.disconnected();
      this.listener.connected();
      if (!this.account.register) return;
      if (failure) this.listener.registrationFailed(failure);
      else this.listener.registered();
    }, 0);
  }

  stop(): void {
    this.stopped = true;
  }

  call(
    plan: SipDialPlan,
    media: SipCallMedia,
    onReport: (report: SipSessionReport) => void,
  ): FakeSipCall {
    const call = new FakeSipCall(plan, media, onReport, this.stack.timers);
    this.calls.push(call);
    call.play(this.stack.nextScript());
    return call;
  }
}

/** JsSIP's stand-in: agents that sign in at once and calls that follow queued scripts. */
export class FakeSipStack implements SipStack {
  readonly isSupported = true;
  readonly agents: FakeSipAgent[] = [];
  registrationFailure: SipRegistrationFailure | 'unreachable' | null = null;
  private readonly scripts: FakeSipScript[] = [];

  constructor(
    readonly timers: FakeTimers,
    private readonly fallback: FakeSipScript,
  ) {}

  createUserAgent(account: SipAccount, listener: SipAgentListener): FakeSipAgent {
    const agent = new FakeSipAgent(account, listener, this);
    this.agents.push(agent);
    return agent;
  }

  queue(...scripts: FakeSipScript[]): void {
    this.scripts.push(...scripts);
  }

  nextScript(): FakeSipScript {
    return this.scripts.shift() ?? this.fallback;
  }

  get agent(): FakeSipAgent | undefined {
    return this.agents.at(-1);
  }
}
