import type { Lead } from '../../../shared/domain/lead';
import { LEAD_TABLE } from './lead-columns';
import type { DeclaredLead, LeadFieldColumn, LeadFileField, LeadRow } from './lead-column-types';

export type { LeadRow } from './lead-column-types';

const FIELD_COLUMNS = LEAD_TABLE.filter(
  (column): column is LeadFieldColumn => !('queue' in column),
);

/** The columns a Lead is read from; the queue reads its two columns besides. */
export const LEAD_COLUMNS = FIELD_COLUMNS.map((column) => column.name).join(', ');

// Plain arrays and a Lead-shaped template rather than the column objects, each of its own shape:
// read in the loop those made a row cost 3 µs to map, these about 0.5 µs.
const copied = FIELD_COLUMNS.filter((column) => column.kind !== 'json');
const parsed = FIELD_COLUMNS.filter((column) => column.kind === 'json');
const copiedNames = copied.map((column) => column.name);
const copiedFields = copied.map((column) => column.field);
const parsedNames = parsed.map((column) => column.name);
const parsedFields = parsed.map((column) => column.field);
const leadShape = Object.fromEntries(FIELD_COLUMNS.map((column) => [column.field, null]));

export function rowToLead(row: LeadRow): Lead {
  const lead: Record<string, unknown> = { ...leadShape };
  for (let at = 0; at < copiedNames.length; at++) {
    lead[copiedFields[at]!] = row[copiedNames[at]!];
  }
  for (let at = 0; at < parsedNames.length; at++) {
    lead[parsedFields[at]!] = parseCustom(row[parsedNames[at]!]);
  }
  return lead as DeclaredLead;
}

function parseCustom(json: string): Record<string, string> {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** A lead to add: what a lead file gives (its import time comes with the write), in a campaign. */
export type NewLead = Pick<Lead, 'campaignId' | Exclude<LeadFileField, 'importedAt'>> &
  Partial<Pick<Lead, 'status' | 'holdReason'>>;
