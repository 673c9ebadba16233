import type { Lead } from '../../../shared/domain/lead';
import { LEAD_TABLE } from './lead-columns';
import type { DeclaredLead, LeadFieldColumn, LeadFileField, LeadRow } from './lead-column-types';

export type { LeadRow } from './lead-column-types';

const FIELD_COLUMNS = LEAD_TABLE.filter(
  (column): column is LeadFieldColumn => !('queue' in column),
);

/** The columns a Lead is read from; the queue reads its two columns besides. */
export const LEAD_COLUMNS = FIELD_COLUMNS.map((column) => column.name).join(', ');

export function rowToLead(row: LeadRow): Lead {
  const lead: Record<string, unknown> = {};
  for (const column of FIELD_COLUMNS) {
    const value = row[column.name];
    lead[column.field] = column.kind === 'json' ? parseCustom(value as string) : value;
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
