import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { ianaZoneSchema } from '../domain/iana-zone';
import type { CampaignRulesInput } from '../domain/campaign-rules';
import { IMPORT_MAX_CHUNK_BYTES, LEAD_FIELDS } from '../domain/import';
import type { LeadListMethods } from './lead-list-contract';
import { leadSearchQuerySchema, leadEditSchema } from './lead-search-validators';

type Args<M extends keyof LeadListMethods> = Parameters<LeadListMethods[M]>;

const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a two-letter country code such as US or GB')
  .refine((code) => isSupportedCountry(code), 'a country with a telephone numbering plan');

/** The settings this domain adds (the settings screen sends them in settings.update). */
export const leadSettingsShape = {
  repCountry: countryCode,
  callbackReminderMinutes: z.number().int().min(0).max(60),
};

const none = z.tuple([]);
const importId = z.string().regex(/^[a-f0-9-]{8,64}$/, 'an import id from imports.begin');
const leadId = z.number().int().min(1);
const epochMs = z.number().int().min(0).max(8.64e15);
const reason = z.string().trim().min(1, 'say why').max(200);
const page = z
  .object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) })
  .strict();

const columnTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(LEAD_FIELDS) }).strict(),
  z.object({ kind: z.literal('custom'), key: z.string().trim().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('ignore') }).strict(),
]);

/** A corrected column mapping: the wizard's commit, and the hub's CSV import into a team campaign. */
export const mappingOverrideSchema = z
  .object({
    signature: z.string().min(1).max(100),
    columns: z
      .array(
        z.object({ index: z.number().int().min(0).max(10_000), target: columnTarget }).strict(),
      )
      .max(10_000),
  })
  .strict();

export const dateOrderSchema = z.enum(['MDY', 'DMY', 'auto']);
export const phoneAcceptanceSchema = z.enum(['valid', 'possible']);

const importOptions = z
  .object({
    campaignId: z.string().min(1).max(100),
    defaultCountry: countryCode.nullable(),
    dateOrder: dateOrderSchema.optional(),
    phoneAcceptance: phoneAcceptanceSchema.optional(),
    into: z.enum(['own', 'team']).optional(),
  })
  .strict();

// Base64 of the largest chunk, padding included.
const MAX_CHUNK_BASE64 = Math.ceil(IMPORT_MAX_CHUNK_BYTES / 3) * 4;

const rules = z.custom<CampaignRulesInput>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected the campaign rules as an object',
);

export const leadArgumentSchemas: { [M in keyof LeadListMethods]: z.ZodType<Args<M>> } = {
  'imports.begin': z.tuple([
    z.string().trim().min(1).max(260),
    // The size limit is the import service's one check (checkImportSize): it names the file.
    z.number().int().min(0),
    importOptions,
  ]),
  'imports.chunk': z.tuple([
    importId,
    z
      .string()
      .max(MAX_CHUNK_BASE64, `chunks up to ${IMPORT_MAX_CHUNK_BYTES / 1024} KB`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  ]),
  'imports.preview': z.tuple([importId]),
  'imports.commit': z.tuple([importId, mappingOverrideSchema.nullable()]),
  'imports.cancel': z.tuple([importId]),
  'imports.reportCsv': z.tuple([importId]),
  'dnc.list': z.tuple([page.extend({ search: z.string().max(100).optional() }).strict()]),
  'dnc.add': z.tuple([z.string().trim().min(1).max(40), reason]),
  'dnc.remove': z.tuple([z.string().trim().min(1).max(40), reason]),
  'dnc.importText': z.tuple([z.string().max(900_000, 'up to 900,000 characters per call'), reason]),
  'campaigns.list': none,
  'campaigns.create': z.tuple([z.string().trim().min(1).max(80)]),
  'campaigns.update': z.tuple([
    z.string().min(1).max(100),
    z
      .object({
        name: z.string().trim().min(1).max(80).optional(),
        rules: rules.optional(),
        scriptMarkdown: z.string().max(100_000).optional(),
      })
      .strict(),
  ]),
  'callbacks.list': none,
  'callbacks.reschedule': z.tuple([leadId, epochMs]),
  'callbacks.cancel': z.tuple([leadId, reason]),
  'leads.held': z.tuple([page]),
  'leads.resolveHold': z.tuple([leadId, ianaZoneSchema]),
  'leads.closeHeld': z.tuple([leadId, reason]),
  'leads.search': z.tuple([leadSearchQuerySchema]),
  'leads.story': z.tuple([leadId]),
  'leads.edit': z.tuple([leadId, leadEditSchema]),
  'leads.close': z.tuple([leadId, reason]),
  'leads.reopen': z.tuple([leadId, reason]),
  'leads.scheduleCallback': z.tuple([leadId, epochMs]),
  'leads.addToDnc': z.tuple([leadId, reason]),
};
