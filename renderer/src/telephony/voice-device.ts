/**
 * The parts of the Twilio Voice SDK (2.x) the Device host uses, so the real SDK and the scripted
 * stand-in used by tests are interchangeable. Names and payloads follow the SDK's documentation.
 */
export interface VoiceError {
  code: number;
  message: string;
}

export interface VoiceCall {
  /** The SDK fills CallSid in once Twilio names the call (at ringing for outgoing calls). */
  readonly parameters: Record<string, string>;
  on(event: 'ringing', listener: (hasEarlyMedia: boolean) => void): unknown;
  on(event: 'accept' | 'disconnect', listener: (call: VoiceCall) => void): unknown;
  on(event: 'cancel' | 'reject' | 'reconnected', listener: () => void): unknown;
  on(event: 'error' | 'reconnecting', listener: (error: VoiceError) => void): unknown;
  on(event: 'warning' | 'warning-cleared', listener: (name: string) => void): unknown;
  mute(shouldMute: boolean): void;
  sendDigits(digits: string): void;
  disconnect(): void;
}

export interface VoiceOutputDevices {
  set(deviceIdOrIds: string | string[]): Promise<void>;
}

export interface VoiceAudio {
  readonly isOutputSelectionSupported: boolean;
  readonly speakerDevices: VoiceOutputDevices;
  setInputDevice(deviceId: string): Promise<void>;
  unsetInputDevice(): Promise<void>;
}

export interface VoiceDeviceOptions {
  edge: string;
  closeProtection: false;
  codecPreferences: Array<'opus' | 'pcmu'>;
  enableImprovedSignalingErrorPrecision: boolean;
  appName: string;
}

export interface VoiceDevice {
  readonly audio: VoiceAudio | null;
  readonly isBusy: boolean;
  on(event: 'tokenWillExpire', listener: () => void): unknown;
  on(event: 'error', listener: (error: VoiceError, call?: VoiceCall) => void): unknown;
  connect(options: { params: Record<string, string> }): Promise<VoiceCall>;
  updateToken(token: string): void;
  updateOptions(options: { edge: string }): void;
  disconnectAll(): void;
  destroy(): void;
}

/** What loading the SDK (or its stand-in) gives the host. */
export interface VoiceSdk {
  readonly isSupported: boolean;
  createDevice(token: string, options: VoiceDeviceOptions): VoiceDevice;
}

/**
 * Where browser mode's --twilio-fake-device finds its scripted stand-in: a global the end-to-end
 * test sets before the page loads (tests/support/fake-voice-sdk). The app ships no stand-in.
 */
export const VOICE_SDK_STAND_IN = 'dialdeckVoiceSdkStandIn';
