import type { Lead } from './lead';

/** The imported columns that name where a lead came from (the search index reads the same). */
const SOURCE_KEYS = ['source', 'Source', 'lead_source', 'Lead Source', 'utm_source'] as const;

/** "Web form", "Facebook ad", …; null when the lead has no source column. */
export function leadSource(lead: Pick<Lead, 'custom'>): string | null {
  for (const key of SOURCE_KEYS) {
    const value = lead.custom[key]?.trim();
    if (value) return value;
  }
  return null;
}
