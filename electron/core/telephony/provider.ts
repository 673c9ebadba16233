import type { AnsweredBy, CallEndReason } from '../../../shared/domain/call';

export interface DialRequest {
  /** Our attempt id; providers echo it so events can be matched before a provider call id exists. */
  attemptId: string;
  /** E.164 number to call. */
  to: string;
  /** Caller ID to present, E.164; providers may ignore it. */
  callerId: string | null;
}

export type ProviderEvent =
  | { type: 'ringing'; attemptId: string; providerCallId: string; at: number }
  | { type: 'answered'; attemptId: string; providerCallId: string; at: number; by: AnsweredBy }
  | { type: 'ended'; attemptId: string; providerCallId: string; at: number; reason: CallEndReason }
  | {
      type: 'failed';
      attemptId: string;
      providerCallId: string | null;
      at: number;
      code: string;
      /** Plain words a rep can act on. */
      message: string;
    }
  | {
      type: 'quality-warning';
      attemptId: string;
      providerCallId: string;
      at: number;
      warning: string;
      active: boolean;
    }
  | { type: 'speech'; attemptId: string; providerCallId: string; at: number; text: string };

export type ProviderListener = (event: ProviderEvent) => void;

/**
 * Every way of placing a call (simulated, Twilio, SIP over WebSocket) implements this; the
 * power-dial session drives it and learns what happened only from its events.
 * Rules every provider follows (tests/unit/telephony/provider-contract.ts checks them):
 * - dial() resolves once the call is placed; progress arrives as events, in order
 *   ringing? → answered? → ended, or failed at any point; exactly one terminal event per call.
 * - hangup() of a live (answered) call ends it with reason 'hangup-local'; of a call still dialing
 *   or ringing ends it with 'canceled'; of a finished or unknown call is a no-op.
 * - mute and digits act only on a live call and reject otherwise; digits must match /^[0-9*#A-D]+$/.
 * - dispose() ends every call in progress (same reasons as hangup), then delivers no more events.
 * - dial() rejects only for caller mistakes (DomainError); network trouble arrives as 'failed'.
 */
export interface TelephonyProvider {
  readonly name: string;
  dial(request: DialRequest): Promise<{ providerCallId: string }>;
  hangup(attemptId: string): Promise<void>;
  setMuted(attemptId: string, muted: boolean): Promise<void>;
  sendDigits(attemptId: string, digits: string): Promise<void>;
  subscribe(listener: ProviderListener): () => void;
  dispose(): Promise<void>;
}
