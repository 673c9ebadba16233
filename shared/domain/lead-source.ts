import type { Lead } from './lead';

/** "Web form", "Facebook ad", …; null when the lead has no source. */
export function leadSource(lead: Pick<Lead, 'source'>): string | null {
  return lead.source?.trim() || null;
}
