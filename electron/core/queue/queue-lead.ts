import type { Lead } from '../../../shared/domain/lead';

/** The fields of a lead the queue policy reads; a full Lead satisfies it. */
export type QueueLead = Pick<
  Lead,
  | 'id'
  | 'status'
  | 'phoneE164'
  | 'timeZone'
  | 'createdAt'
  | 'attemptCount'
  | 'nextEligibleAt'
  | 'callbackAt'
>;

/** Answers whether an E.164 number is on the do-not-call list, at the moment of asking. */
export type DncCheck = (phoneE164: string) => boolean;
