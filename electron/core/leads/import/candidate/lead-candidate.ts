import type { Lead } from '../../../../../shared/domain/lead';
import type { LeadFileField } from '../../lead-column-types';
import type { TimeZoneSource } from '../../time-zone/resolve-lead-time-zone';

/** A lead as the file describes it, before it has an id, a campaign or a dialing history. */
export interface LeadCandidate extends Pick<Lead, LeadFileField> {
  /** The row it came from, as a spreadsheet numbers it (header = row 1). */
  sourceRow: number;
  /** `import-time` when the file gave no readable created date (the speed-to-lead clock starts now). */
  createdAtSource: 'file' | 'import-time';
  timeZoneSource: TimeZoneSource | null;
  /** Why the lead must be reviewed before it may be dialed (its zone is ambiguous or unknown). */
  holdReason: string | null;
}

/** Fields of an earlier candidate that a later duplicate filled in (see InFileDuplicates). */
export interface CandidateFill {
  /** sourceRow of the candidate to complete. */
  sourceRow: number;
  phoneE164: string;
  fields: Partial<Omit<LeadCandidate, 'custom' | 'sourceRow' | 'phoneE164'>>;
  custom: Record<string, string>;
}

/** Applies a fill to a candidate the consumer already holds. */
export function applyCandidateFill(candidate: LeadCandidate, fill: CandidateFill): LeadCandidate {
  return { ...candidate, ...fill.fields, custom: { ...candidate.custom, ...fill.custom } };
}
