import { z } from 'zod';
import type { LeadSearchQuery } from '../domain/lead-search';
import { LEAD_SEARCH_MAX_CHARS, LEAD_SORT_COLUMNS, LEAD_STATUSES } from '../domain/lead-search';
import type { LeadEdit } from '../domain/lead-story';

const epochMs = z.number().int().min(0).max(8.64e15);
const filterText = z.string().trim().min(1).max(100).nullable();

export const leadSearchQuerySchema: z.ZodType<LeadSearchQuery> = z
  .object({
    text: z
      .string()
      .max(
        LEAD_SEARCH_MAX_CHARS,
        `a search of at most ${LEAD_SEARCH_MAX_CHARS} characters (a name, a number, an email)`,
      ),
    statuses: z.array(z.enum(LEAD_STATUSES)).max(LEAD_STATUSES.length),
    campaignId: z.string().min(1).max(100).nullable(),
    source: filterText,
    owner: filterText,
    createdFrom: epochMs.nullable(),
    createdTo: epochMs.nullable(),
    sort: z.enum(LEAD_SORT_COLUMNS),
    descending: z.boolean(),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(500),
  })
  .strict();

const name = z.string().max(100);
const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const leadEditSchema: z.ZodType<LeadEdit> = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    company: z.string().max(200).optional(),
    phone: z.string().max(40, 'a phone number of at most 40 characters').optional(),
    email: optionalText(254),
    region: optionalText(100),
    postalCode: optionalText(20),
    country: optionalText(2),
    owner: optionalText(100),
    notes: optionalText(5_000),
    source: optionalText(200),
  })
  .strict();
