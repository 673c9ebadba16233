import fs from 'node:fs';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import Papa from 'papaparse';
import { DEFAULT_CAMPAIGN_ID, CampaignRepository } from '../core/repositories/campaign-repository';
import { LeadRepository } from '../core/repositories/lead-repository';
import type { NewLead } from '../core/repositories/lead-rows';
import { sql } from '../core/store/sql';
import type { Store } from '../core/store/store';

export interface PlainImportResult {
  imported: number;
  problems: string[];
}

const pick = (row: Record<string, string>, ...names: string[]) => {
  for (const name of names) {
    const value = row[name]?.trim();
    if (value) return value;
  }
  return '';
};

/**
 * The foundation's importer: a plain CSV with a header row (first_name, last_name, company, phone,
 * email, time_zone, created_at; other columns become custom fields), committed all-or-nothing.
 */
export async function importPlainCsv(
  store: Store,
  file: string,
  defaultCountry: CountryCode,
  now: number,
): Promise<PlainImportResult> {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) =>
      header
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
  });
  const known = new Set([
    'first_name',
    'last_name',
    'company',
    'phone',
    'email',
    'time_zone',
    'timezone',
    'created_at',
  ]);
  const existing = new Set(
    (
      await store.all<{ phone_e164: string }>(
        sql`SELECT phone_e164 FROM leads WHERE campaign_id = ${DEFAULT_CAMPAIGN_ID}`,
      )
    ).map((row) => row.phone_e164),
  );
  const problems: string[] = [];
  const leads: NewLead[] = [];
  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2;
    const rawPhone = pick(row, 'phone');
    const phone = parsePhoneNumberFromString(rawPhone, defaultCountry);
    if (!phone?.isValid()) {
      problems.push(`row ${rowNumber}: phone "${rawPhone}" is not a valid phone number`);
      return;
    }
    const e164 = phone.number;
    if (existing.has(e164)) {
      problems.push(`row ${rowNumber}: ${e164} is already a lead (skipped)`);
      return;
    }
    existing.add(e164);
    const createdText = pick(row, 'created_at');
    const createdAt = createdText ? Date.parse(createdText) : now;
    const custom = Object.fromEntries(
      Object.entries(row).filter(([key, value]) => !known.has(key) && value.trim() !== ''),
    );
    leads.push({
      campaignId: DEFAULT_CAMPAIGN_ID,
      firstName: pick(row, 'first_name'),
      lastName: pick(row, 'last_name'),
      company: pick(row, 'company'),
      phoneE164: e164,
      phoneExtension: phone.ext ?? null,
      email: pick(row, 'email') || null,
      timeZone: pick(row, 'time_zone', 'timezone') || null,
      region: null,
      postalCode: null,
      country: phone.country ?? null,
      createdAt: Number.isFinite(createdAt) ? createdAt : now,
      owner: null,
      notes: null,
      custom,
    });
  });
  await store.write([
    CampaignRepository.ensureStatement({
      id: DEFAULT_CAMPAIGN_ID,
      name: 'Inbound leads',
      createdAt: now,
    }),
    ...LeadRepository.insertStatements(leads, now),
  ]);
  return { imported: leads.length, problems };
}
