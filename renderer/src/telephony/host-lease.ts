import type { DialdeckApi } from '../../../shared/ipc/contract';

/** The core's end of a window-hosted line's lease (telephony.* or sip.*). */
export type HostLeaseApi = Pick<DialdeckApi['sip'], 'attachHost' | 'hostAlive' | 'detachHost'>;

export interface HostLeaseDeps {
  newHostId: () => string;
  timers: { setTimer(callback: () => void, delayMs: number): { cancel(): void } };
}

/**
 * The window's side of the host lease: attaches to the line, then renews well within the lease
 * the core gives (a third of it, at least every second), until the window leaves the line.
 */
export class HostLease {
  /** This window's name to the core, new each time the window hosts the line. */
  readonly hostId: string;
  private renewTimer: { cancel(): void } | null = null;
  private ended = false;

  /** `onStandby`: the core says another window carries the calls now, in its words. */
  constructor(
    private readonly api: HostLeaseApi,
    private readonly deps: HostLeaseDeps,
    private readonly onStandby: (message: string) => void,
  ) {
    this.hostId = deps.newHostId();
  }

  /** Asks the core to carry the line's calls here; once it agrees, keeps the lease alive. */
  async attach(): ReturnType<HostLeaseApi['attachHost']> {
    const attached = await this.api.attachHost(this.hostId);
    if (!this.ended && attached.ok) {
      this.renewEvery(Math.max(1_000, Math.floor(attached.value.leaseMs / 3)));
    }
    return attached;
  }

  /** Stops renewing and tells the core this window no longer carries the line. */
  end(): void {
    this.ended = true;
    this.renewTimer?.cancel();
    void this.api.detachHost(this.hostId);
  }

  private renewEvery(ms: number): void {
    this.renewTimer = this.deps.timers.setTimer(() => {
      void this.api.hostAlive(this.hostId).then((answer) => {
        if (this.ended) return;
        if (answer.ok && !answer.value.attached) this.onStandby(answer.value.message ?? '');
        this.renewEvery(ms);
      });
    }, ms);
  }
}
