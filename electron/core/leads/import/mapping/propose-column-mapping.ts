import type { ColumnMapping, MappedColumn } from './column-mapping';
import { aliasFor } from './header-aliases';
import { customFieldKey, headerMatchKey, headerWords } from './header-keys';
import { KEYWORD_CONFIDENCE, keywordFieldFor } from './header-keywords';
import { headerSignature } from './header-signature';
import type { LeadField } from './lead-fields';

export interface MappingHints {
  /** A few data rows, to recognise a phone column whose header says nothing. */
  sampleRows?: readonly (readonly string[])[];
  isPhoneNumber?: (value: string) => boolean;
}

/** Confidence of a column whose field went to a better match, or found from its values alone. */
export const SECOND_GUESS_CONFIDENCE = 0.5;

interface Claim {
  index: number;
  field: LeadField;
  confidence: number;
}

/**
 * Proposes where each column goes. Each field goes to the one column that claims it most surely
 * (the leftmost on a tie); the others become custom fields. A file with no phone header gets its
 * phone column from the values when one column is nearly all phone numbers.
 */
export function proposeColumnMapping(
  headers: readonly string[],
  hints: MappingHints = {},
): ColumnMapping {
  const claims = headers
    .map((header, index) => claimFor(header, index))
    .filter((claim): claim is Claim => claim !== null)
    .sort((a, b) => b.confidence - a.confidence || a.index - b.index);

  const winners = new Map<number, Claim>();
  const takenFields = new Set<LeadField>();
  for (const claim of claims) {
    if (takenFields.has(claim.field)) continue;
    takenFields.add(claim.field);
    winners.set(claim.index, claim);
  }
  if (!takenFields.has('phone') && !takenFields.has('mobile')) {
    const index = phoneColumnFromValues(headers, winners, hints);
    if (index !== null)
      winners.set(index, { index, field: 'phone', confidence: SECOND_GUESS_CONFIDENCE });
  }

  const customKeys = customFieldKeys(headers, winners);
  const columns: MappedColumn[] = headers.map((header, index) => {
    const won = winners.get(index);
    if (won)
      return {
        index,
        header,
        target: { kind: 'field', field: won.field },
        confidence: won.confidence,
      };
    const lostAField = claims.some((claim) => claim.index === index);
    return {
      index,
      header,
      target: { kind: 'custom', key: customKeys.get(index) ?? customFieldKey(header) },
      confidence: lostAField ? SECOND_GUESS_CONFIDENCE : 1,
    };
  });
  return { signature: headerSignature(headers), columns };
}

const isCustomHeader = (header: string) => /^custom\./i.test(header.trim());

/**
 * Each column no field took gets its merge-field name, unique in the file. A "custom." column
 * names its field outright (Dialdeck's lead export writes custom fields so, beside its own
 * lead_id or source), so it keeps its name and any other column with that name gets "_2".
 */
function customFieldKeys(
  headers: readonly string[],
  winners: ReadonlyMap<number, Claim>,
): Map<number, string> {
  const custom = headers.flatMap((_, index) => (winners.has(index) ? [] : [index]));
  const prefixedFirst = [
    ...custom.filter((index) => isCustomHeader(headers[index]!)),
    ...custom.filter((index) => !isCustomHeader(headers[index]!)),
  ];
  const usedKeys = new Set<string>();
  return new Map(
    prefixedFirst.map((index) => [index, uniqueKey(customFieldKey(headers[index]!), usedKeys)]),
  );
}

function claimFor(header: string, index: number): Claim | null {
  const alias = aliasFor(headerMatchKey(header));
  // Close exports its custom fields as "custom.Industry": custom, except the source, which Close
  // has no field of its own for ("custom.Lead Source").
  if (isCustomHeader(header)) {
    return alias?.field === 'source' ? { index, ...alias } : null;
  }
  if (alias) return { index, ...alias };
  const field = keywordFieldFor(headerWords(header));
  return field ? { index, field, confidence: KEYWORD_CONFIDENCE } : null;
}

const PHONE_SHARE = 0.8;
const MIN_PHONE_SAMPLES = 3;

function phoneColumnFromValues(
  headers: readonly string[],
  winners: ReadonlyMap<number, Claim>,
  { sampleRows = [], isPhoneNumber }: MappingHints,
): number | null {
  if (!isPhoneNumber) return null;
  for (let index = 0; index < headers.length; index++) {
    if (winners.has(index)) continue;
    const values = sampleRows.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
    if (values.length < MIN_PHONE_SAMPLES) continue;
    const phones = values.filter((value) => isPhoneNumber(value)).length;
    if (phones / values.length >= PHONE_SHARE) return index;
  }
  return null;
}

export function uniqueKey(key: string, used: Set<string>): string {
  let candidate = key;
  for (let n = 2; used.has(candidate); n++) candidate = `${key}_${n}`;
  used.add(candidate);
  return candidate;
}
