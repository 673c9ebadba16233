import { isSamePerson, type PersonFacts } from '../../../../../shared/domain/same-person';
import type { ImportIssue } from '../report/import-issue';
import type { CandidateFill, LeadCandidate } from './lead-candidate';

type TextField = (typeof TEXT_FIELDS)[number];

const TEXT_FIELDS = [
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
  'source',
] as const satisfies readonly (keyof LeadCandidate)[];

const CREATED_AT_BIT = 1 << TEXT_FIELDS.length;
const TIME_ZONE_BIT = CREATED_AT_BIT << 1;

const FIELD_WORDS: Partial<Record<TextField, string>> = {
  firstName: 'first name',
  lastName: 'last name',
  phoneExtension: 'extension',
  postalCode: 'postal code',
};

interface FirstOccurrence {
  sourceRow: number;
  /** Who the lead is, with what later rows filled in. */
  person: PersonFacts;
  /** One bit per text field still empty, then the created date and the time zone. */
  emptyMask: number;
  /** The first row's own custom fields (never changed: fills replace the candidate's object). */
  custom: Readonly<Record<string, string>>;
  /** Custom fields later rows filled in, once there are any. */
  filledKeys: string[] | null;
  /** The candidate itself while it is still in the batch being built (not yet handed out). */
  pending: LeadCandidate | null;
}

const FIRST: DuplicateOutcome = { kind: 'first' };

export type DuplicateOutcome =
  | { kind: 'first' }
  /** A different person on a number an earlier row has: a lead of its own, noted in the report. */
  | { kind: 'shares-number'; issue: ImportIssue }
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
 * The merge rule for rows with the same E.164 number and the same person (isSamePerson: a
 * different name on the number, a household or a switchboard, is a lead of its own): the first
 * row is the lead; each later row fills only what is still empty in it (names, company, email, extension, address, country,
 * owner, notes, source, custom fields, a created date the first row lacked, a time zone the first row
 * could not resolve, which also lifts its hold), first come first served, and is reported as
 * merged. Nothing the first row says is ever overwritten.
 */
export class InFileDuplicates {
  private readonly seen = new Map<string, FirstOccurrence[]>();
  private pendingThisBatch: FirstOccurrence[] = [];

  admit(candidate: LeadCandidate, phoneHeader: string, rawPhone: string): DuplicateOutcome {
    const onNumber = this.seen.get(candidate.phoneE164);
    const first = onNumber?.find((occurrence) => isSamePerson(occurrence.person, candidate));
    if (!first) {
      const occurrence: FirstOccurrence = {
        sourceRow: candidate.sourceRow,
        person: personOf(candidate),
        emptyMask: emptyMask(candidate),
        custom: candidate.custom,
        filledKeys: null,
        pending: candidate,
      };
      this.pendingThisBatch.push(occurrence);
      if (!onNumber) {
        this.seen.set(candidate.phoneE164, [occurrence]);
        return FIRST;
      }
      onNumber.push(occurrence);
      return {
        kind: 'shares-number',
        issue: {
          rowNumber: candidate.sourceRow,
          field: phoneHeader,
          value: rawPhone,
          reason:
            `shares its number ${candidate.phoneE164} with row ${onNumber[0]!.sourceRow}, a ` +
            'different person: imported as a lead of its own, never dialed within the cadence ' +
            'spacing of a call to that number',
          rowAction: 'imported',
        },
      };
    }
    const { fill, filled } = fillFrom(first, candidate);
    first.person = {
      firstName: fill.fields.firstName ?? first.person.firstName,
      lastName: fill.fields.lastName ?? first.person.lastName,
      email: fill.fields.email ?? first.person.email,
    };
    if (first.pending) {
      Object.assign(first.pending, fill.fields);
      first.pending.custom = { ...first.pending.custom, ...fill.custom };
    }
    const liftedHold = fill.fields.timeZone !== undefined;
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

function personOf(candidate: LeadCandidate): PersonFacts {
  return { firstName: candidate.firstName, lastName: candidate.lastName, email: candidate.email };
}

function emptyMask(candidate: LeadCandidate): number {
  // Bit by bit in TEXT_FIELDS order, with fixed property reads: this runs for every row.
  let mask =
    blank(candidate.firstName, 0) |
    blank(candidate.lastName, 1) |
    blank(candidate.company, 2) |
    blank(candidate.phoneExtension, 3) |
    blank(candidate.email, 4) |
    blank(candidate.region, 5) |
    blank(candidate.postalCode, 6) |
    blank(candidate.country, 7) |
    blank(candidate.owner, 8) |
    blank(candidate.notes, 9) |
    blank(candidate.source, 10);
  if (candidate.createdAtSource === 'import-time') mask |= CREATED_AT_BIT;
  if (candidate.timeZone === null) mask |= TIME_ZONE_BIT;
  return mask;
}

function fillFrom(
  first: FirstOccurrence,
  later: LeadCandidate,
): { fill: CandidateFill; filled: string[] } {
  const fields: CandidateFill['fields'] = {};
  const filled: string[] = [];
  TEXT_FIELDS.forEach((field, bit) => {
    const value = later[field];
    if (!(first.emptyMask & (1 << bit)) || isBlank(value)) return;
    Object.assign(fields, { [field]: value });
    first.emptyMask &= ~(1 << bit);
    filled.push(FIELD_WORDS[field] ?? field);
  });
  if (first.emptyMask & CREATED_AT_BIT && later.createdAtSource === 'file') {
    Object.assign(fields, { createdAt: later.createdAt, createdAtSource: 'file' });
    first.emptyMask &= ~CREATED_AT_BIT;
    filled.push('created date');
  }
  if (first.emptyMask & TIME_ZONE_BIT && later.timeZone !== null) {
    Object.assign(fields, {
      timeZone: later.timeZone,
      timeZoneSource: later.timeZoneSource,
      holdReason: null,
    });
    first.emptyMask &= ~TIME_ZONE_BIT;
    filled.push('time zone');
  }
  const custom: Record<string, string> = {};
  for (const [key, value] of Object.entries(later.custom)) {
    if (Object.hasOwn(first.custom, key) || first.filledKeys?.includes(key)) continue;
    custom[key] = value;
    (first.filledKeys ??= []).push(key);
    filled.push(key);
  }
  return {
    fill: { sourceRow: first.sourceRow, phoneE164: later.phoneE164, fields, custom },
    filled,
  };
}

function blank(value: string | null, bit: number): number {
  return isBlank(value) ? 1 << bit : 0;
}

function isBlank(value: unknown): boolean {
  return value === null || value === '';
}
