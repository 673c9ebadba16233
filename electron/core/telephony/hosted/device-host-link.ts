import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { TelephonyHostAttachment } from '../../../../shared/domain/twilio';

export type HostLossReason = 'replaced' | 'detached' | 'lease-expired';

export interface DeviceHostLinkOptions {
  clock: Clock;
  leaseMs: number;
  fakeDevice: boolean;
  /** The host that carried calls is gone; calls it held cannot go on. */
  onHostLost: (hostId: string, reason: HostLossReason) => void;
}

/**
 * Which window carries a window-hosted line's phone (Twilio's Device, the SIP phone). A window
 * attaches and then renews a lease; the newest window to attach takes over, and one whose lease
 * runs out (closed, crashed, frozen) is gone.
 */
export class DeviceHostLink {
  private hostId: string | null = null;
  private leaseTimer: TimerHandle | null = null;

  constructor(private readonly options: DeviceHostLinkOptions) {}

  attach(hostId: string): TelephonyHostAttachment {
    const previous = this.hostId;
    this.hostId = hostId;
    this.renewLease();
    if (previous !== null && previous !== hostId) this.options.onHostLost(previous, 'replaced');
    return this.attachment(true, null);
  }

  /** Renews the lease; a window whose lease ran out (say, the laptop slept) takes the free line back. */
  alive(hostId: string): TelephonyHostAttachment {
    if (this.hostId === null) return this.attach(hostId);
    if (this.hostId !== hostId) {
      return this.attachment(
        false,
        'Another Dialdeck window carries the calls now; calls are placed from there.',
      );
    }
    this.renewLease();
    return this.attachment(true, null);
  }

  detach(hostId: string): void {
    if (this.hostId !== hostId) return;
    this.drop('detached');
  }

  /** The host that carries calls now, or null when no window does. */
  current(): string | null {
    return this.hostId;
  }

  dispose(): void {
    this.leaseTimer?.cancel();
    this.leaseTimer = null;
    this.hostId = null;
  }

  private renewLease(): void {
    this.leaseTimer?.cancel();
    this.leaseTimer = this.options.clock.setTimer(
      () => this.drop('lease-expired'),
      this.options.leaseMs,
    );
  }

  private drop(reason: HostLossReason): void {
    const hostId = this.hostId;
    this.leaseTimer?.cancel();
    this.leaseTimer = null;
    this.hostId = null;
    if (hostId !== null) this.options.onHostLost(hostId, reason);
  }

  private attachment(attached: boolean, message: string | null): TelephonyHostAttachment {
    return {
      attached,
      leaseMs: this.options.leaseMs,
      fakeDevice: this.options.fakeDevice,
      message,
    };
  }
}
