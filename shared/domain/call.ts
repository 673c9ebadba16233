/** Why a call ended, as the telephony provider reports it. */
export type CallEndReason =
  'hangup-local' | 'hangup-remote' | 'no-answer' | 'busy' | 'failed' | 'voicemail' | 'canceled';

export type AnsweredBy = 'human' | 'machine';
