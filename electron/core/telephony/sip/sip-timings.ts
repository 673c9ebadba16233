/** How long the SIP line waits for each sign of life before it gives a call up. */
export interface SipTimings {
  /** From the connect command to the window saying it is connecting. */
  ackMs: number;
  /**
   * From the window connecting to the first provisional answer (180/183). It covers opening the
   * WebSocket and registering when the phone was not signed in yet.
   */
  placeMs: number;
  /** A window that does not renew its lease this long is gone. */
  leaseMs: number;
}

export const DEFAULT_SIP_TIMINGS: SipTimings = {
  ackMs: 5_000,
  placeMs: 30_000,
  leaseMs: 30_000,
};
