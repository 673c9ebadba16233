import type { VoiceDeviceOptions, VoiceSdk } from '../../../renderer/src/telephony/voice-device';
import type { FakeCallScript, FakeTimers } from './fake-call';
import { FakeDevice } from './fake-device';

/** The scripted stand-in for the Voice SDK module: every Device it makes is kept for inspection. */
export class FakeVoiceSdk implements VoiceSdk {
  readonly isSupported = true;
  readonly devices: FakeDevice[] = [];
  private readonly scripts: FakeCallScript[] = [];
  private callCount = 0;

  constructor(
    private readonly timers: FakeTimers,
    private readonly defaultScript: FakeCallScript,
  ) {}

  /** The next calls go this way, in order; then the default script again. */
  queue(...scripts: FakeCallScript[]): void {
    this.scripts.push(...scripts);
  }

  get device(): FakeDevice | undefined {
    return this.devices.at(-1);
  }

  createDevice(token: string, options: VoiceDeviceOptions): FakeDevice {
    const device = new FakeDevice(token, options, {
      timers: this.timers,
      nextScript: () => this.scripts.shift() ?? this.defaultScript,
      newCallSid: () => `CA${(++this.callCount).toString(16).padStart(32, '0')}`,
    });
    this.devices.push(device);
    return device;
  }
}
