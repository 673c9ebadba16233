import type { AnsweredBy, CallEndReason } from '../../../../shared/domain/call';

/** What a provider event says, before a call gives it ids and a time. */
export type PlannedEvent =
  | { type: 'ringing' }
  | { type: 'answered'; by: AnsweredBy }
  | { type: 'speech'; text: string }
  | { type: 'ended'; reason: CallEndReason }
  | { type: 'failed'; code: string; message: string };

/** `atMs` counts from the moment the call was placed. */
export interface PlannedStep {
  atMs: number;
  event: PlannedEvent;
}
