/**
 * This rep's estimate of the hub's clock, from the `hubNow` the hub stamps on what it sends. A
 * message arrives after it was stamped, so the estimate runs behind the hub by the message's
 * delay; a claim is taken as over a margin before the estimate says so, which also covers that.
 */
export class HubClock {
  /** hub time − local time, from the latest message; null before the first one. */
  private offset: number | null = null;

  constructor(private readonly localNow: () => number) {}

  observe(hubNow: number): void {
    this.offset = hubNow - this.localNow();
  }

  /** The hub's time now, as estimated; null when the hub has said nothing yet. */
  now(): number | null {
    return this.offset === null ? null : this.localNow() + this.offset;
  }
}
