import type { ImportIssue } from '../report/import-issue';
import type { CandidateFill, LeadCandidate } from './lead-candidate';

const FILLABLE = [
  'firstName',
  'lastName',
  'company',
  'phoneExtension',
  'email',
  'region',
  'postalCode',
  'country',
  'owner',
  'notes',
] as const satisfies readonly (keyof LeadCandidate)[];

interface FirstOccurrence {
  sourceRow: number;
  /** Fillable fields still empty, custom fields as `custom.<key>`, plus the created date and zone. */
  empty: string[];
  customKeys: Set<string>;
  /** The candidate itself while it is still in the batch being built (not yet handed out). */
  pending: LeadCandidate | null;
}

export type DuplicateOutcome =
  | { kind: 'first' }
  | {
      kind: 'duplicate';
      issue: ImportIssue;
      /** For a first row already handed out; null when it was completed in place or needs nothing. */
      fill: CandidateFill | null;
      /** The first row got a time zone from this one, so it is no longer held. */
      liftedHold: boolean;
      /** The first row got its created date from this one. */
      gaveCreatedAt: boolean;
    };

/**
 * The merge rule for rows with the same E.164 number: the first row is the lead; each later row
 * fills only what is still empty in it (names, company, email, extension, address, country,
 * owner, notes, custom fields, a created date the first row lacked, a time zone the first row
 * could not resolve, which also lifts its hold), first come first served, and is reported as
 * merged. Nothing the first row says is ever overwritten.
 */
export class InFileDuplicates {
  private readonly seen = new Map<string, FirstOccurrence>();
  private pendingThisBatch: FirstOccurrence[] = [];

  admit(candidate: LeadCandidate, phoneHeader: string, rawPhone: string): DuplicateOutcome {
    const first = this.seen.get(candidate.phoneE164);
    if (!first) {
      const occurrence: FirstOccurrence = {
        sourceRow: candidate.sourceRow,
        empty: emptyFields(candidate),
        customKeys: new Set(Object.keys(candidate.custom)),
        pending: candidate,
      };
      this.seen.set(candidate.phoneE164, occurrence);
      this.pendingThisBatch.push(occurrence);
      return { kind: 'first' };
    }
    const { fill, filled } = fillFrom(first, candidate);
    const liftedHold = fill.fields.timeZone !== undefined;
    if (first.pending)
      Object.assign(first.pending, fill.fields, {
        custom: { ...first.pending.custom, ...fill.custom },
      });
    const issue: ImportIssue = {
      rowNumber: candidate.sourceRow,
      field: phoneHeader,
      value: rawPhone,
      reason:
        `duplicate of row ${first.sourceRow} (same number ${candidate.phoneE164})` +
        (filled.length > 0 ? `; filled in its ${filled.join(', ')}` : '') +
        (liftedHold ? ', so it is no longer held for review' : ''),
      rowAction: 'merged',
    };
    return {
      kind: 'duplicate',
      issue,
      fill: first.pending || filled.length === 0 ? null : fill,
      liftedHold,
      gaveCreatedAt: fill.fields.createdAt !== undefined,
    };
  }

  /** The batch was handed out: its candidates can no longer be changed in place. */
  endBatch(): void {
    for (const occurrence of this.pendingThisBatch) occurrence.pending = null;
    this.pendingThisBatch = [];
  }
}

function emptyFields(candidate: LeadCandidate): string[] {
  const empty: string[] = FILLABLE.filter((field) => isBlank(candidate[field]));
  if (candidate.createdAtSource === 'import-time') empty.push('createdAt');
  if (candidate.timeZone === null) empty.push('timeZone');
  return empty;
}

const FIELD_WORDS: Record<string, string> = {
  firstName: 'first name',
  lastName: 'last name',
  phoneExtension: 'extension',
  postalCode: 'postal code',
  createdAt: 'created date',
  timeZone: 'time zone',
};

function fillFrom(
  first: FirstOccurrence,
  later: LeadCandidate,
): { fill: CandidateFill; filled: string[] } {
  const fields: CandidateFill['fields'] = {};
  const stillEmpty: string[] = [];
  const filled: string[] = [];
  for (const field of first.empty) {
    if (field === 'createdAt' && later.createdAtSource === 'file') {
      Object.assign(fields, { createdAt: later.createdAt, createdAtSource: 'file' });
    } else if (field === 'timeZone' && later.timeZone !== null) {
      Object.assign(fields, {
        timeZone: later.timeZone,
        timeZoneSource: later.timeZoneSource,
        holdReason: null,
      });
    } else if (
      field !== 'createdAt' &&
      field !== 'timeZone' &&
      !isBlank(later[field as (typeof FILLABLE)[number]])
    ) {
      Object.assign(fields, { [field]: later[field as (typeof FILLABLE)[number]] });
    } else {
      stillEmpty.push(field);
      continue;
    }
    filled.push(FIELD_WORDS[field] ?? field);
  }
  first.empty = stillEmpty;
  const custom: Record<string, string> = {};
  for (const [key, value] of Object.entries(later.custom)) {
    if (first.customKeys.has(key)) continue;
    custom[key] = value;
    first.customKeys.add(key);
    filled.push(key);
  }
  return {
    fill: { sourceRow: first.sourceRow, phoneE164: later.phoneE164, fields, custom },
    filled,
  };
}

function isBlank(value: unknown): boolean {
  return value === null || value === '';
}
