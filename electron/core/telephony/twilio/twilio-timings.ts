/** How long the Twilio line waits for each sign of life before it gives a call up. */
export interface TwilioTimings {
  /** From the connect command to the window saying it is connecting. */
  ackMs: number;
  /** From the window connecting to Twilio saying the number rings. */
  placeMs: number;
  /** From losing the connection mid-call to giving the call up. */
  reconnectMs: number;
  /** A window that does not renew its lease this long is gone. */
  leaseMs: number;
}

export const DEFAULT_TWILIO_TIMINGS: TwilioTimings = {
  ackMs: 5_000,
  placeMs: 30_000,
  reconnectMs: 20_000,
  leaseMs: 30_000,
};
