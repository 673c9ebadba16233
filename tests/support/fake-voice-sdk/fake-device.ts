import type {
  VoiceAudio,
  VoiceCall,
  VoiceDevice,
  VoiceDeviceOptions,
  VoiceError,
} from '../../../renderer/src/telephony/voice-device';
import { FAKE_ERRORS, FakeCall, type FakeCallScript, type FakeTimers } from './fake-call';
import { TinyEmitter } from './tiny-emitter';

export interface FakeDeviceOptions {
  timers: FakeTimers;
  /** How the next call goes. */
  nextScript: () => FakeCallScript;
  /** A Twilio-shaped CallSid ("CA" + 32 hex). */
  newCallSid: () => string;
}

/** A scripted Twilio Device: checks its token, makes one call at a time, records what it was asked. */
export class FakeDevice extends TinyEmitter implements VoiceDevice {
  readonly calls: FakeCall[] = [];
  readonly tokens: string[];
  readonly optionUpdates: Array<{ edge: string }> = [];
  readonly audio: VoiceAudio & { inputDevice: string | null; speakers: string[] };
  destroyed = false;
  private active: FakeCall | null = null;

  constructor(
    token: string,
    readonly options: VoiceDeviceOptions,
    private readonly fake: FakeDeviceOptions,
  ) {
    super();
    this.tokens = [token];
    const audio = {
      isOutputSelectionSupported: true,
      inputDevice: null as string | null,
      speakers: [] as string[],
      speakerDevices: {
        set: (ids: string | string[]) => {
          audio.speakers = Array.isArray(ids) ? ids : [ids];
          return Promise.resolve();
        },
      },
      setInputDevice: (deviceId: string) => {
        audio.inputDevice = deviceId;
        return Promise.resolve();
      },
      unsetInputDevice: () => {
        audio.inputDevice = null;
        return Promise.resolve();
      },
    };
    this.audio = audio;
  }

  get isBusy(): boolean {
    return this.active !== null;
  }

  get token(): string {
    return this.tokens.at(-1) ?? '';
  }

  /** Like the SDK: signaling first (a tick later), then the call; refuses a bad or second call. */
  connect(options: { params: Record<string, string> }): Promise<VoiceCall> {
    if (this.destroyed) return Promise.reject(new Error('The Device has been destroyed.'));
    if (this.active)
      return Promise.reject(new Error('InvalidStateError: A Call is already active'));
    const tokenProblem = tokenError(this.token);
    return new Promise((resolve, reject) => {
      this.fake.timers.setTimer(() => {
        if (tokenProblem) {
          this.emit('error', tokenProblem);
          reject(Object.assign(new Error(tokenProblem.message), tokenProblem));
          return;
        }
        const call = new FakeCall(options.params, this.fake.newCallSid(), this.fake.timers, (c) => {
          if (this.active === c) this.active = null;
        });
        this.active = call;
        this.calls.push(call);
        resolve(call);
        call.play(this.fake.nextScript());
      }, 0);
    });
  }

  updateToken(token: string): void {
    this.tokens.push(token);
  }

  updateOptions(options: { edge: string }): void {
    this.optionUpdates.push(options);
  }

  disconnectAll(): void {
    this.active?.disconnect();
  }

  destroy(): void {
    this.disconnectAll();
    this.destroyed = true;
  }

  /** What the SDK does tokenRefreshMs before the token expires. */
  warnTokenExpiry(): void {
    this.emit('tokenWillExpire', this);
  }

  raise(error: VoiceError): void {
    this.emit('error', error);
  }
}

/** The fake cannot check a signature; it refuses what is plainly not a Twilio access token. */
function tokenError(token: string): VoiceError | null {
  const [header, claims] = token.split('.');
  try {
    const parsedHeader = JSON.parse(atob(toBase64(header ?? ''))) as { cty?: unknown };
    const parsedClaims = JSON.parse(atob(toBase64(claims ?? ''))) as { exp?: unknown };
    if (parsedHeader.cty !== 'twilio-fpa;v=1') return FAKE_ERRORS.tokenInvalid;
    if (typeof parsedClaims.exp !== 'number') return FAKE_ERRORS.tokenInvalid;
    return null;
  } catch {
    return FAKE_ERRORS.tokenInvalid;
  }
}

function toBase64(base64Url: string): string {
  const padded = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  return padded + '='.repeat((4 - (padded.length % 4)) % 4);
}
