/**
 * One dial as a report counts it: the latest report of the attempt (as the hub keeps it) with
 * the groups it falls in. The contact and conversion flags are the ones the rep's campaign gave
 * the outcome (false while it has none, or when it was kept with no person on the line).
 */
export interface ReportAttempt {
  attemptId: string;
  repId: string;
  repName: string;
  /** The lead, unique across the team: a pool lead's id, else the rep's id and the rep's lead id. */
  leadKey: string;
  source: string | null;
  campaignId: string | null;
  campaignName: string | null;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  recordedAt: number | null;
  talkSeconds: number;
  /** An outcome is recorded (even one that is neither contact nor conversion). */
  hasOutcome: boolean;
  contact: boolean;
  conversion: boolean;
  leadCreatedAt: number;
  /** The lead's first attempt by anyone, as the dialing rep's store knew it. */
  leadFirstAttemptAt: number | null;
}

/** A lead as "never dialed" counts it: when it arrived, when (if ever) it was first dialed. */
export interface ReportLead {
  createdAt: number;
  firstAttemptAt: number | null;
  source: string | null;
  campaignId: string | null;
  campaignName: string | null;
}
