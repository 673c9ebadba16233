import type { PublicSettings } from '../../../shared/domain/settings';
import {
  TOKEN_ERROR_CODES,
  type HostErrorReason,
  type TelephonyCommand,
  type TwilioCallReport,
} from '../../../shared/domain/twilio';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import { HostLease } from './host-lease';
import type { VoiceCall, VoiceDevice, VoiceDeviceOptions, VoiceSdk } from './voice-device';

export type HostStatus =
  | { state: 'starting' }
  | { state: 'ready' }
  /** Another window carries the calls. */
  | { state: 'standby'; message: string }
  | { state: 'problem'; message: string };

export interface DeviceHostDeps {
  api: Pick<DialdeckApi, 'telephony' | 'settings' | 'events'>;
  loadSdk: (fake: boolean) => Promise<VoiceSdk>;
  timers: { setTimer(callback: () => void, delayMs: number): { cancel(): void } };
  newHostId: () => string;
  /** Runs after the SDK finishes emitting the current event (queueMicrotask in the window). */
  later: (action: () => void) => void;
  onStatus?: (status: HostStatus) => void;
}

interface HostedCall {
  call: VoiceCall | null;
  /** The core asked to hang up before the SDK handed over the call. */
  hungUp: boolean;
  usesInputDevice: boolean;
}

type HostProblem = { reason: HostErrorReason; message: string };

/**
 * The window's side of the Twilio line: owns the Voice SDK's Device, places the calls the main
 * process commands and reports every Call event back, in order. It decides nothing about the
 * call; the core does. Never uses the SDK's close protection: in Electron it silently cancels
 * closing the window.
 */
export class TwilioDeviceHost {
  readonly hostId: string;
  private readonly calls = new Map<string, HostedCall>();
  private readonly unsubscribes: Array<() => void> = [];
  private sdk: VoiceSdk | null = null;
  private device: VoiceDevice | null = null;
  private settings: PublicSettings | null = null;
  private deviceEdge: string | null = null;
  private readonly lease: HostLease;
  private making: Promise<HostProblem | null> | null = null;
  private stopped = false;

  constructor(private readonly deps: DeviceHostDeps) {
    this.lease = new HostLease(deps.api.telephony, deps, (message) =>
      this.status({ state: 'standby', message }),
    );
    this.hostId = this.lease.hostId;
  }

  async start(): Promise<void> {
    this.status({ state: 'starting' });
    this.unsubscribes.push(
      this.deps.api.events.subscribe('telephony.command', (command) => this.onCommand(command)),
      this.deps.api.events.subscribe('settings.changed', (settings) =>
        this.applySettings(settings),
      ),
    );
    const attached = await this.lease.attach();
    if (this.stopped) return;
    if (!attached.ok) return this.status({ state: 'problem', message: attached.error.message });
    const settings = await this.deps.api.settings.get();
    if (settings.ok) this.applySettings(settings.value);
    try {
      this.sdk = await this.deps.loadSdk(attached.value.fakeDevice);
    } catch (error) {
      return this.status({
        state: 'problem',
        message: `The Twilio Voice SDK did not load (${messageOf(error)}): reload the window.`,
      });
    }
    const problem = await this.ensureDevice();
    if (!this.stopped) {
      this.status(problem ? { state: 'problem', message: problem.message } : { state: 'ready' });
    }
  }

  /** Leaves the line: the core ends calls this window held and sends no more. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.lease.end();
    this.device?.destroy();
    this.device = null;
  }

  private onCommand(command: TelephonyCommand): void {
    if (command.hostId !== this.hostId || this.stopped) return;
    switch (command.kind) {
      case 'connect':
        void this.connect(command.attemptId, command.to, command.callerId);
        return;
      case 'disconnect': {
        const hosted = this.calls.get(command.attemptId);
        if (!hosted) return;
        hosted.hungUp = true;
        hosted.call?.disconnect();
        return;
      }
      case 'mute':
        this.calls.get(command.attemptId)?.call?.mute(command.muted);
        return;
      case 'digits':
        this.calls.get(command.attemptId)?.call?.sendDigits(command.digits);
        return;
    }
  }

  private async connect(attemptId: string, to: string, callerId: string | null): Promise<void> {
    this.report(attemptId, { type: 'connecting' });
    const hosted: HostedCall = { call: null, hungUp: false, usesInputDevice: false };
    this.calls.set(attemptId, hosted);
    const problem = await this.ensureDevice();
    const device = this.device;
    if (problem || !device) {
      this.calls.delete(attemptId);
      const why = problem ?? {
        reason: 'sdk-unavailable',
        message: 'The Twilio phone is not ready.',
      };
      return this.report(attemptId, { type: 'host-error', ...why });
    }
    if (hosted.hungUp) return void this.calls.delete(attemptId);
    // One call at a time: anything left of an earlier call goes first.
    if (device.isBusy) device.disconnectAll();
    const input = this.settings?.audioInputDeviceId ?? null;
    if (input !== null && device.audio) {
      hosted.usesInputDevice = await device.audio.setInputDevice(input).then(
        () => true,
        () => false,
      );
    }
    let call: VoiceCall;
    try {
      call = await device.connect({
        params: { To: to, ...(callerId ? { CallerId: callerId } : {}) },
      });
    } catch (error) {
      this.calls.delete(attemptId);
      this.report(attemptId, { type: 'error', ...voiceErrorOf(error) });
      return;
    }
    hosted.call = call;
    this.follow(attemptId, call, hosted);
    if (hosted.hungUp) call.disconnect();
  }

  private follow(attemptId: string, call: VoiceCall, hosted: HostedCall): void {
    const callSid = () => call.parameters.CallSid ?? 'unknown';
    const closed = (type: 'disconnect' | 'cancel' | 'reject') => {
      if (this.calls.get(attemptId) === hosted) this.calls.delete(attemptId);
      if (hosted.usesInputDevice)
        void this.device?.audio?.unsetInputDevice().catch(() => undefined);
      this.applyEdgeWhenIdle();
      // A refused microphone closes the call before the SDK raises 31401: let the error go first.
      this.deps.later(() => this.report(attemptId, { type }));
    };
    call.on('ringing', () => this.report(attemptId, { type: 'ringing', callSid: callSid() }));
    call.on('accept', () => this.report(attemptId, { type: 'accept', callSid: callSid() }));
    call.on('disconnect', () => closed('disconnect'));
    call.on('cancel', () => closed('cancel'));
    call.on('reject', () => closed('reject'));
    call.on('error', (error) => {
      this.report(attemptId, { type: 'error', ...voiceErrorOf(error) });
      if (TOKEN_ERROR_CODES.includes(error.code)) void this.refreshToken();
    });
    call.on('reconnecting', (error) =>
      this.report(attemptId, { type: 'reconnecting', ...voiceErrorOf(error) }),
    );
    call.on('reconnected', () => this.report(attemptId, { type: 'reconnected' }));
    call.on('warning', (name) =>
      this.report(attemptId, { type: 'warning', name: warningName(name) }),
    );
    call.on('warning-cleared', (name) =>
      this.report(attemptId, { type: 'warning-cleared', name: warningName(name) }),
    );
  }

  /** The Device, made on first need with a fresh token; a problem in words when it cannot be. */
  private ensureDevice(): Promise<HostProblem | null> {
    if (this.device) return Promise.resolve(null);
    this.making ??= this.makeDevice().finally(() => (this.making = null));
    return this.making;
  }

  private async makeDevice(): Promise<HostProblem | null> {
    const sdk = this.sdk;
    if (!sdk)
      return {
        reason: 'sdk-unavailable',
        message: 'The Twilio Voice SDK did not load: reload the window.',
      };
    if (!sdk.isSupported) {
      return {
        reason: 'unsupported',
        message: 'This window cannot place calls: it lacks WebRTC. Use the Dialdeck app or Chrome.',
      };
    }
    const token = await this.deps.api.telephony.token();
    if (!token.ok) return { reason: 'no-token', message: token.error.message };
    if (this.device || this.stopped) return null;
    const device = sdk.createDevice(token.value.token, this.deviceOptions());
    device.on('tokenWillExpire', () => void this.refreshToken());
    device.on('error', (error) => this.onDeviceError(error.code, error.message));
    this.device = device;
    this.deviceEdge = this.edge();
    this.applyOutputDevice();
    return null;
  }

  private onDeviceError(code: number, message: string): void {
    if (!TOKEN_ERROR_CODES.includes(code)) return;
    void this.refreshToken();
    // A call still waiting for the SDK would otherwise wait for a Device that cannot sign in.
    for (const [attemptId, hosted] of this.calls) {
      if (hosted.call === null) this.report(attemptId, { type: 'error', code, message });
    }
  }

  private async refreshToken(): Promise<void> {
    const token = await this.deps.api.telephony.token();
    if (this.stopped) return;
    if (!token.ok) return this.status({ state: 'problem', message: token.error.message });
    this.device?.updateToken(token.value.token);
  }

  private applySettings(settings: PublicSettings): void {
    this.settings = settings;
    this.applyEdgeWhenIdle();
    this.applyOutputDevice();
    // A Device that could not be made (no token yet) may be possible with the new settings.
    if (this.sdk && !this.device && !this.stopped) void this.retryDevice();
  }

  private async retryDevice(): Promise<void> {
    const problem = await this.ensureDevice();
    if (this.stopped) return;
    this.status(problem ? { state: 'problem', message: problem.message } : { state: 'ready' });
  }

  private applyEdgeWhenIdle(): void {
    const edge = this.edge();
    if (!this.device || this.device.isBusy || edge === this.deviceEdge) return;
    this.device.updateOptions({ edge });
    this.deviceEdge = edge;
  }

  private applyOutputDevice(): void {
    const audio = this.device?.audio;
    if (!audio?.isOutputSelectionSupported) return;
    void audio.speakerDevices
      .set(this.settings?.audioOutputDeviceId ?? 'default')
      .catch(() => undefined);
  }

  private deviceOptions(): VoiceDeviceOptions {
    return {
      edge: this.edge(),
      closeProtection: false,
      codecPreferences: ['opus', 'pcmu'],
      // Busy, unavailable and declined come as 31486, 31480, 31603 instead of a catch-all 31005.
      enableImprovedSignalingErrorPrecision: true,
      appName: 'Dialdeck',
    };
  }

  private edge(): string {
    return this.settings?.twilioEdge ?? 'roaming';
  }

  private report(attemptId: string, report: TwilioCallReport): void {
    void this.deps.api.telephony.report(this.hostId, attemptId, report);
  }

  private status(status: HostStatus): void {
    this.deps.onStatus?.(status);
  }
}

function voiceErrorOf(error: unknown): { code: number; message: string } {
  const candidate = error as { code?: unknown; message?: unknown } | null;
  const code =
    typeof candidate?.code === 'number' && Number.isInteger(candidate.code)
      ? candidate.code
      : 31000;
  const message = typeof candidate?.message === 'string' ? candidate.message : String(error);
  return { code: Math.min(Math.max(code, 0), 99_999), message: message.slice(0, 2_000) };
}

/** The core accepts warning names as lowercase words with dashes, like the SDK's own. */
function warningName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 64) || 'warning'
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
