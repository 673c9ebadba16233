import type { Clock } from '../../../../shared/clock';
import type { PublicSettings } from '../../../../shared/domain/settings';
import type { SipCallReport, SipCommand } from '../../../../shared/domain/sip';
import type { TelephonyHostAttachment } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';
import type { Logger } from '../../platform/log/logger';
import type { DialRequest, ProviderEvent, ProviderListener, TelephonyProvider } from '../provider';
import { assertDtmfDigits } from '../simulated/dtmf';
import { ListenerSet } from '../simulated/listener-set';
import { DeviceHostLink, type HostLossReason } from '../twilio/device-host-link';
import { assertDialableNumber } from './dial-string';
import { SipCall } from './sip-call';
import { dialPlanFor } from './sip-dial-plan';
import { describeMissingSip, missingSipSetup } from './sip-setup';
import { DEFAULT_SIP_TIMINGS, type SipTimings } from './sip-timings';

type CommandWithoutHost = SipCommand extends infer C
  ? C extends SipCommand
    ? Omit<C, 'hostId'>
    : never
  : never;

export interface SipProviderOptions {
  clock: Clock;
  /** Delivers a command to the windows (the core's `sip.command` event). */
  send: (command: SipCommand) => void;
  settings: () => PublicSettings;
  timings?: Partial<SipTimings>;
  log?: Logger;
}

const NO_WINDOW = {
  code: 'sip-no-window',
  message:
    'No Dialdeck window is open to place the call: SIP calls run inside the app window. ' +
    'Open or reload it, then dial again',
};

const HOST_LOST: Record<HostLossReason, string> = {
  replaced: 'Another Dialdeck window took over the calls, so this call ended',
  detached: 'The Dialdeck window that carried the call was closed or reloaded, so the call ended',
  'lease-expired':
    'The Dialdeck window that carried the call stopped responding, so the call ended',
};

/**
 * Real calls over SIP and WebRTC to the team's own PBX. JsSIP needs WebRTC, so the SIP phone
 * runs in a window (the host); this provider owns each call's state, drives the host with
 * commands, and turns the host's reports into provider events. dial() resolves once the window
 * has taken the call.
 */
export class SipProvider implements TelephonyProvider {
  readonly name = 'sip';
  private readonly clock: Clock;
  private readonly timings: SipTimings;
  private readonly link: DeviceHostLink;
  private readonly calls = new Map<string, SipCall>();
  private readonly listeners = new ListenerSet<ProviderEvent>();
  private disposed = false;

  constructor(private readonly options: SipProviderOptions) {
    this.clock = options.clock;
    this.timings = { ...DEFAULT_SIP_TIMINGS, ...options.timings };
    this.link = new DeviceHostLink({
      clock: options.clock,
      leaseMs: this.timings.leaseMs,
      fakeDevice: false,
      onHostLost: (hostId, reason) => this.onHostLost(hostId, reason),
    });
  }

  async dial(request: DialRequest): Promise<{ providerCallId: string }> {
    if (this.disposed) throw new DomainError('unavailable', 'The SIP line is shut down.');
    assertSipDialable(request);
    if (this.calls.has(request.attemptId)) {
      throw new DomainError('conflict', `Attempt ${request.attemptId} already has a call.`);
    }
    const settings = this.options.settings();
    const missing = missingSipSetup(settings);
    if (missing.length > 0) throw new DomainError('unavailable', describeMissingSip(missing));
    const plan = dialPlanFor(request, settings);
    const hostId = this.link.current();
    const call = new SipCall({
      attemptId: request.attemptId,
      hostId: hostId ?? '',
      clock: this.clock,
      timings: this.timings,
      emit: (event) => this.listeners.emit(event),
      disconnectOnHost: () =>
        this.command(call, { kind: 'disconnect', attemptId: request.attemptId }),
      onFinished: () => this.calls.delete(request.attemptId),
    });
    this.calls.set(request.attemptId, call);
    if (hostId === null) {
      // After dial() has answered, like any other news from the line.
      this.clock.setTimer(() => call.failNow(NO_WINDOW), 0);
      return { providerCallId: call.providerCallId };
    }
    this.options.log?.info('sip dial', { attemptId: request.attemptId, target: plan.target });
    this.command(call, { kind: 'connect', attemptId: request.attemptId, plan });
    call.start();
    return { providerCallId: await call.placed };
  }

  /** Ends the call now ('hangup-local' when connected, 'canceled' before); no-op once it is over. */
  hangup(attemptId: string): Promise<void> {
    this.calls.get(attemptId)?.hangUpLocally();
    return Promise.resolve();
  }

  setMuted(attemptId: string, muted: boolean): Promise<void> {
    return settled(() => {
      const call = this.liveCall(attemptId, 'mute');
      this.command(call, { kind: 'mute', attemptId, muted });
    });
  }

  sendDigits(attemptId: string, digits: string): Promise<void> {
    return settled(() => {
      assertDtmfDigits(digits);
      const call = this.liveCall(attemptId, 'send keypad tones');
      this.command(call, { kind: 'digits', attemptId, digits });
    });
  }

  subscribe(listener: ProviderListener): () => void {
    return this.listeners.add(listener);
  }

  /** Hangs up every call in progress (listeners hear it), then goes silent for good. */
  dispose(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    for (const call of [...this.calls.values()]) call.hangUpLocally();
    this.disposed = true;
    this.link.dispose();
    this.listeners.clear();
    return Promise.resolve();
  }

  attachHost(hostId: string): TelephonyHostAttachment {
    return this.link.attach(hostId);
  }

  hostAlive(hostId: string): TelephonyHostAttachment {
    return this.link.alive(hostId);
  }

  hasHost(): boolean {
    return this.link.current() !== null;
  }

  detachHost(hostId: string): void {
    this.link.detach(hostId);
  }

  /** A window's report on a call; reports from a window that does not hold the call are ignored. */
  report(hostId: string, attemptId: string, report: SipCallReport): void {
    const call = this.calls.get(attemptId);
    if (!call || call.hostId !== hostId) return;
    if (report.type === 'failed' || report.type === 'ended') {
      this.options.log?.info('sip call over', { attemptId, ...report });
    }
    call.apply(report);
  }

  private onHostLost(hostId: string, reason: HostLossReason): void {
    for (const call of [...this.calls.values()]) {
      if (call.hostId !== hostId) continue;
      call.failNow({ code: `sip-window-${reason}`, message: HOST_LOST[reason] });
    }
  }

  private command(call: SipCall, command: CommandWithoutHost): void {
    if (this.disposed && command.kind !== 'disconnect') return;
    if (call.hostId === '' || this.link.current() !== call.hostId) return;
    this.options.send({ ...command, hostId: call.hostId });
  }

  private liveCall(attemptId: string, action: string): SipCall {
    const call = this.calls.get(attemptId);
    if (!call?.isLive) {
      throw new DomainError(
        'illegal-transition',
        `Cannot ${action}: attempt ${attemptId} is not connected.`,
      );
    }
    return call;
  }
}

function assertSipDialable(request: DialRequest): void {
  if (typeof request.attemptId !== 'string' || request.attemptId.trim() === '') {
    throw new DomainError('invalid-argument', 'Cannot dial without an attempt id.');
  }
  assertDialableNumber(request.to);
  if (request.callerId !== null && !/^\+[1-9]\d{1,14}$/.test(request.callerId)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot present caller ID "${request.callerId}": it must be in E.164 form.`,
    );
  }
}

/** Runs a synchronous action as a promise, so a throw becomes a rejection. */
function settled(action: () => void): Promise<void> {
  try {
    action();
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
