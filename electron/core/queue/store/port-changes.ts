import type { Attempt } from '../../../../shared/domain/attempt';
import type { LeadId } from '../../../../shared/domain/lead';
import type { LeadTiming } from '../../../../shared/kpi';
import type { DialedLead } from './dialed-lead';

/**
 * What a durable write through the session's ports changed, told right after it is durable so the
 * KPI strip and the queue view follow without reading the store again.
 */
export type PortChange =
  /** A new attempt, stored before its number is dialed. */
  | { kind: 'attempt-started'; attempt: Attempt; lead: DialedLead | null }
  /** Ring, answer or end of a call in progress. */
  | { kind: 'attempt-saved'; attempt: Attempt; lead: null }
  /** A dial called off before it was placed: not a dial, so its attempt is gone. */
  | { kind: 'attempt-dropped'; attempt: Attempt; lead: LeadTiming | null }
  | { kind: 'outcome-recorded'; attempt: Attempt; lead: LeadTiming; queue: QueueMembership }
  | { kind: 'outcome-undone'; attemptId: string; lead: LeadTiming; queue: QueueMembership }
  | { kind: 'lead-skipped'; leadId: LeadId };

/** Whether the lead had a place in the queue before and after, and whether the DNC list changed. */
export interface QueueMembership {
  wasQueued: boolean;
  isQueued: boolean;
  dncListChanged: boolean;
}

export type PortChangeListener = (change: PortChange) => void;
