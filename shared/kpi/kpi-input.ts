import type { Attempt } from '../domain/attempt';
import type { Disposition } from '../domain/disposition';
import type { Lead } from '../domain/lead';
import type { WorkShift } from './work-shift';

/** What speed-to-lead and closing speed need to know about a lead. */
export type LeadTiming = Pick<Lead, 'id' | 'createdAt' | 'firstAttemptAt'>;

export interface KpiInput {
  /** The rep's attempts; any outside the rep's local day are ignored, so a longer history is fine. */
  attempts: readonly Attempt[];
  /** The campaign's dispositions; an outcome code not listed counts as neither contact nor conversion. */
  dispositions: readonly Disposition[];
  /** Timing facts of the leads those attempts dialed; leads never dialed by these attempts are ignored. */
  leads: readonly LeadTiming[];
  /** The rep's IANA zone: "today" runs from their local midnight to the next. */
  timeZone: string;
  /**
   * The call on the line now (answered, not ended): its talk counts up to `now`. Any other
   * attempt counts the talk stored on it, so a call cut off by a crash never grows.
   */
  liveAttemptId?: string | null;
  /** The rep's shift hours, which Pace projects over; without them, 8 h from the first dial. */
  shift?: WorkShift | null;
  now: number;
}
