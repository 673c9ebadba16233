import type { Attempt } from '../../../shared/domain/attempt';
import type { Disposition } from '../../../shared/domain/disposition';
import type { LeadTiming } from '../../../shared/kpi';
import type { SqlStatement } from '../platform/store/sql';
import type { DialedLeadOrigin } from '../queue/store';

export interface RecordedOutcome {
  attempt: Attempt;
  disposition: Disposition;
  /** The lead's timing as the outcome write leaves it. */
  lead: LeadTiming;
  /** Where the lead came from and its campaign, as the outcome write read them. */
  origin: DialedLeadOrigin;
  recordedAt: number;
}

/**
 * Statements that must land in the same atomic write as an outcome, or not at all: the floor's
 * outbox event reporting it, so the hub can never miss an outcome the rep saved (nor hear of one
 * that was not saved).
 */
export interface OutcomeCompanion {
  /** Never throws: a report it cannot build must not cost the rep the outcome. */
  statementsFor(outcome: RecordedOutcome): SqlStatement[];
  /** The outcome write with those statements is durable. */
  written(): void;
}
