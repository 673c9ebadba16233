import type { PublicSettings } from '../../../../shared/domain/settings';
import type {
  SipAccount,
  SipCallReport,
  SipCommand,
  SipDialPlan,
} from '../../../../shared/domain/sip';
import type { DialdeckApi } from '../../../../shared/ipc/contract';
import { HostLease } from '../host-lease';
import { registrationProblem } from './registration-words';
import type {
  SipHostStatus,
  SipPhoneCall,
  SipSessionReport,
  SipStack,
  SipUserAgent,
} from './sip-phone';

export interface SipPhoneHostDeps {
  api: Pick<DialdeckApi, 'sip' | 'settings' | 'events'>;
  loadStack: () => Promise<SipStack>;
  timers: { setTimer(callback: () => void, delayMs: number): { cancel(): void } };
  newHostId: () => string;
  onStatus?: (status: SipHostStatus) => void;
}

/** How long a dial waits for the SIP phone's WebSocket to open (the window just started). */
const TRANSPORT_WAIT_MS = 5_000;

interface HostedCall {
  call: SipPhoneCall | null;
  /** The core asked to hang up before the stack handed over the call. */
  hungUp: boolean;
}

/**
 * The window's side of the SIP line: owns the SIP user agent (JsSIP over the server's
 * WebSocket, WebRTC media here), places the calls the main process commands and reports what
 * each call did, in order. It decides nothing about the call; the core does.
 */
export class SipPhoneHost {
  readonly hostId: string;
  private readonly calls = new Map<string, HostedCall>();
  private readonly unsubscribes: Array<() => void> = [];
  private stack: SipStack | null = null;
  private agent: SipUserAgent | null = null;
  private account: SipAccount | null = null;
  private accountProblem: string | null = null;
  /** Whether the agent's WebSocket is open, and who waits for it to open. */
  private transport: 'connecting' | 'connected' | 'down' = 'connecting';
  private readonly transportWaiters = new Set<() => void>();
  /** Settings changed during a call: the agent is made again once the window is idle. */
  private settingsChangedSinceAgent = false;
  private settings: PublicSettings | null = null;
  private readonly lease: HostLease;
  private stopped = false;

  constructor(private readonly deps: SipPhoneHostDeps) {
    this.lease = new HostLease(deps.api.sip, deps, (message) =>
      this.status({ state: 'standby', message }),
    );
    this.hostId = this.lease.hostId;
  }

  async start(): Promise<void> {
    this.status({ state: 'starting' });
    this.unsubscribes.push(
      this.deps.api.events.subscribe('sip.command', (command) => this.onCommand(command)),
      this.deps.api.events.subscribe('settings.changed', (settings) => {
        this.settings = settings;
        void this.refreshAccount();
      }),
    );
    const attached = await this.lease.attach();
    if (this.stopped) return;
    if (!attached.ok) return this.status({ state: 'problem', message: attached.error.message });
    const settings = await this.deps.api.settings.get();
    if (settings.ok) this.settings = settings.value;
    try {
      this.stack = await this.deps.loadStack();
    } catch (error) {
      return this.status({
        state: 'problem',
        message: `The SIP phone did not load (${messageOf(error)}): reload the window.`,
      });
    }
    if (!this.stack.isSupported) {
      return this.status({
        state: 'problem',
        message: 'This window cannot place calls: it lacks WebRTC. Use the Dialdeck app or Chrome.',
      });
    }
    await this.refreshAccount();
  }

  /** Leaves the line: the core ends calls this window held and sends no more. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.lease.end();
    this.agent?.stop();
    this.agent = null;
  }

  private onCommand(command: SipCommand): void {
    if (command.hostId !== this.hostId || this.stopped) return;
    switch (command.kind) {
      case 'connect':
        void this.connect(command.attemptId, command.plan);
        return;
      case 'disconnect': {
        const hosted = this.calls.get(command.attemptId);
        if (!hosted) return;
        hosted.hungUp = true;
        this.calls.delete(command.attemptId);
        hosted.call?.hangUp();
        return;
      }
      case 'mute':
        this.calls.get(command.attemptId)?.call?.setMuted(command.muted);
        return;
      case 'digits':
        this.calls.get(command.attemptId)?.call?.sendDigits(command.digits);
        return;
    }
  }

  private async connect(attemptId: string, plan: SipDialPlan): Promise<void> {
    this.report(attemptId, { type: 'connecting' });
    const hosted: HostedCall = { call: null, hungUp: false };
    this.calls.set(attemptId, hosted);
    // JsSIP would cancel an INVITE it cannot send without saying why: wait for the WebSocket.
    if (this.agent && this.transport === 'connecting') await this.transportSettled();
    const agent = this.agent;
    if (hosted.hungUp || this.stopped) return void this.calls.delete(attemptId);
    if (!agent || this.transport !== 'connected') {
      this.calls.delete(attemptId);
      return this.report(attemptId, {
        type: 'host-error',
        reason: this.accountProblem ? 'no-account' : 'not-connected',
        message:
          this.accountProblem ??
          (agent && this.account
            ? `Cannot reach the SIP server at ${this.account.webSocketUrl}, so the call was not placed: check that it is up (Settings › Telephony › SIP › Test connection).`
            : 'The SIP phone in this window is not ready: reload it.'),
      });
    }
    const media = {
      inputDeviceId: this.settings?.audioInputDeviceId ?? null,
      outputDeviceId: this.settings?.audioOutputDeviceId ?? null,
    };
    try {
      hosted.call = agent.call(plan, media, (report) => {
        if (report.type === 'failed' || report.type === 'ended') {
          if (this.calls.get(attemptId) === hosted) this.calls.delete(attemptId);
          void this.refreshAccountWhenIdle();
        }
        this.report(attemptId, unaskedLocalEnd(report, hosted));
      });
    } catch (error) {
      this.calls.delete(attemptId);
      this.report(attemptId, {
        type: 'failed',
        originator: 'local',
        status: null,
        reasonPhrase: '',
        cause: messageOf(error).slice(0, 200),
      });
      return;
    }
    if (hosted.hungUp) hosted.call.hangUp();
  }

  /** Signs in again when the account changed and no call would be cut by it. */
  private async refreshAccountWhenIdle(): Promise<void> {
    if (this.calls.size === 0 && this.settingsChangedSinceAgent) await this.refreshAccount();
  }

  private async refreshAccount(): Promise<void> {
    if (!this.stack || this.stopped) return;
    if (this.calls.size > 0) {
      this.settingsChangedSinceAgent = true;
      return;
    }
    this.settingsChangedSinceAgent = false;
    const answer = await this.deps.api.sip.account();
    if (this.stopped) return;
    if (!answer.ok) {
      this.accountProblem = answer.error.message;
      this.replaceAgent(null);
      return this.status({ state: 'problem', message: answer.error.message });
    }
    this.accountProblem = null;
    if (this.agent && sameAccount(this.account, answer.value)) return;
    this.replaceAgent(answer.value);
  }

  private replaceAgent(account: SipAccount | null): void {
    this.agent?.stop();
    this.agent = null;
    this.account = account;
    if (!account || !this.stack) return;
    this.status({ state: 'starting' });
    this.setTransport('connecting');
    const agent = this.stack.createUserAgent(account, {
      connected: () => {
        if (this.agent === agent) this.setTransport('connected');
        if (this.agent === agent && !account.register) {
          this.status({
            state: 'ready',
            message: 'The SIP phone reaches the server; it calls without registering.',
          });
        }
      },
      disconnected: () => {
        if (this.agent === agent) {
          this.setTransport('down');
          this.status({
            state: 'problem',
            message: `Cannot reach the SIP server at ${account.webSocketUrl}: retrying.`,
          });
        }
      },
      registered: () => {
        if (this.agent === agent) {
          this.status({ state: 'ready', message: `The SIP phone is signed in as ${account.uri}.` });
        }
      },
      registrationFailed: (failure) => {
        if (this.agent === agent) {
          this.status({ state: 'problem', message: registrationProblem(failure, account.realm) });
        }
      },
    });
    this.agent = agent;
    agent.start();
  }

  private setTransport(state: SipPhoneHost['transport']): void {
    this.transport = state;
    if (state === 'connecting') return;
    this.transportWaiters.forEach((wake) => wake());
    this.transportWaiters.clear();
  }

  /** Until the WebSocket opens or fails, at most TRANSPORT_WAIT_MS. */
  private transportSettled(): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.deps.timers.setTimer(() => {
        this.transportWaiters.delete(wake);
        resolve();
      }, TRANSPORT_WAIT_MS);
      const wake = () => {
        timer.cancel();
        resolve();
      };
      this.transportWaiters.add(wake);
    });
  }

  private report(attemptId: string, report: SipCallReport): void {
    void this.deps.api.sip.report(this.hostId, attemptId, report);
  }

  private status(status: SipHostStatus): void {
    this.deps.onStatus?.(status);
  }
}

/**
 * An end "from our side" that the core never asked for is JsSIP giving up on the call: an INVITE
 * it could not send (the WebSocket closed under it) comes as our cancel, and a dialog it drops
 * (no ACK, a failed refresh) as our hang-up. The core must hear the line failed, not the rep.
 */
function unaskedLocalEnd(report: SipSessionReport, hosted: HostedCall): SipSessionReport {
  if (hosted.hungUp || !(report.type === 'failed' || report.type === 'ended')) return report;
  if (report.originator !== 'local') return report;
  if (report.type === 'failed' && report.cause === 'Canceled') {
    return { ...report, originator: 'system', cause: 'Connection Error' };
  }
  return { ...report, originator: 'system' };
}

function sameAccount(a: SipAccount | null, b: SipAccount): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
