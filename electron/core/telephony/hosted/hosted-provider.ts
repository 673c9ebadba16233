import type { Clock } from '../../../../shared/clock';
import type { TelephonyHostAttachment } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';
import type { DialRequest, ProviderEvent, ProviderListener, TelephonyProvider } from '../provider';
import { assertDtmfDigits } from '../simulated/dtmf';
import { ListenerSet } from '../simulated/listener-set';
import { DeviceHostLink, type HostLossReason } from './device-host-link';
import type { HostedCall, HostedCallDeps } from './hosted-call';
import type { CommandWithoutHost, HostedCommand } from './hosted-commands';

export interface HostedProviderOptions<Connect> {
  clock: Clock;
  /** Delivers a command to the windows (the line's command event). */
  send: (command: HostedCommand<Connect>) => void;
  /** The line's name in what the rep reads, e.g. 'SIP'. */
  title: string;
  leaseMs: number;
  /** Browser mode's test flag: windows load a scripted stand-in for the SDK. */
  fakeDevice: boolean;
}

/** What the provider hands a new call; the line adds its timings and any hooks of its own. */
export type SharedCallDeps = Omit<HostedCallDeps, 'timings'>;

const HOST_LOST: Record<HostLossReason, string> = {
  replaced: 'Another Dialdeck window took over the calls, so this call ended',
  detached: 'The Dialdeck window that carried the call was closed or reloaded, so the call ended',
  'lease-expired':
    'The Dialdeck window that carried the call stopped responding, so the call ended',
};

/**
 * Real calls on a line whose SDK needs WebRTC, so it runs in a window (the host): this provider
 * owns each call's state, drives the host with commands, and turns the host's reports into
 * provider events. dial() resolves once the window has taken the call.
 */
export abstract class HostedProvider<
  Connect extends { kind: 'connect'; attemptId: string },
  Report,
  Call extends HostedCall<Report>,
> implements TelephonyProvider {
  abstract readonly name: string;
  private readonly link: DeviceHostLink;
  private readonly calls = new Map<string, Call>();
  private readonly listeners = new ListenerSet<ProviderEvent>();
  private disposed = false;

  protected constructor(private readonly hosted: HostedProviderOptions<Connect>) {
    this.link = new DeviceHostLink({
      clock: hosted.clock,
      leaseMs: hosted.leaseMs,
      fakeDevice: hosted.fakeDevice,
      onHostLost: (hostId, reason) => this.onHostLost(hostId, reason),
    });
  }

  /** Throws when the request cannot go out on this line at all. */
  protected abstract assertDialable(request: DialRequest): void;

  /**
   * Checks what else the line needs to place this call (it may throw) and returns how to make the
   * connect command, which is made only once a window holds the call.
   */
  protected abstract prepareConnect(request: DialRequest): () => Connect;

  protected abstract createCall(deps: SharedCallDeps): Call;

  /** Sees each report a window sends on a call it holds, before the call does. */
  protected noteReport(_attemptId: string, _report: Report): void {}

  async dial(request: DialRequest): Promise<{ providerCallId: string }> {
    if (this.disposed) {
      throw new DomainError('unavailable', `The ${this.hosted.title} line is shut down.`);
    }
    this.assertDialable(request);
    if (this.calls.has(request.attemptId)) {
      throw new DomainError('conflict', `Attempt ${request.attemptId} already has a call.`);
    }
    const connectCommand = this.prepareConnect(request);
    const hostId = this.link.current();
    const call = this.createCall({
      attemptId: request.attemptId,
      hostId: hostId ?? '',
      clock: this.hosted.clock,
      emit: (event) => this.listeners.emit(event),
      disconnectOnHost: () =>
        this.command(call, { kind: 'disconnect', attemptId: request.attemptId }),
      onFinished: () => this.calls.delete(request.attemptId),
    });
    this.calls.set(request.attemptId, call);
    if (hostId === null) {
      // After dial() has answered, like any other news from the line.
      this.hosted.clock.setTimer(() => call.failNow(this.noWindow()), 0);
      return { providerCallId: call.providerCallId };
    }
    this.command(call, connectCommand());
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

  /** Whether a window hosts the line now. */
  hasHost(): boolean {
    return this.link.current() !== null;
  }

  detachHost(hostId: string): void {
    this.link.detach(hostId);
  }

  /** A window's report on a call; reports from a window that does not hold the call are ignored. */
  report(hostId: string, attemptId: string, report: Report): void {
    const call = this.calls.get(attemptId);
    if (!call || call.hostId !== hostId) return;
    this.noteReport(attemptId, report);
    call.apply(report);
  }

  private noWindow(): { code: string; message: string } {
    return {
      code: `${this.name}-no-window`,
      message:
        `No Dialdeck window is open to place the call: ${this.hosted.title} calls run inside the app window. ` +
        'Open or reload it, then dial again',
    };
  }

  private onHostLost(hostId: string, reason: HostLossReason): void {
    for (const call of [...this.calls.values()]) {
      if (call.hostId !== hostId) continue;
      call.failNow({ code: `${this.name}-window-${reason}`, message: HOST_LOST[reason] });
    }
  }

  private command(call: Call, command: CommandWithoutHost<Connect>): void {
    if (this.disposed && command.kind !== 'disconnect') return;
    if (call.hostId === '' || this.link.current() !== call.hostId) return;
    this.hosted.send({ ...command, hostId: call.hostId });
  }

  private liveCall(attemptId: string, action: string): Call {
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

/** Runs a synchronous action as a promise, so a throw becomes a rejection. */
function settled(action: () => void): Promise<void> {
  try {
    action();
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
