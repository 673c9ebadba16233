import type { ReportBreakdown } from './kpi-report';
import type { ReportAttempt, ReportLead } from './report-attempt';

export interface ReportGroup {
  key: string;
  label: string;
}

/** The group of a dial or lead that names no source or campaign (sent by apps before they did). */
export const NO_GROUP_KEY = '';
export const NO_SOURCE_LABEL = '(no source)';
export const NO_CAMPAIGN_LABEL = '(no campaign)';

export function groupOfAttempt(attempt: ReportAttempt, breakdown: ReportBreakdown): ReportGroup {
  switch (breakdown) {
    case 'rep':
      return { key: attempt.repId, label: attempt.repName };
    case 'source':
    case 'campaign':
      return leadGroup(attempt, breakdown);
  }
}

/** A lead nobody dialed has no rep: null under the rep breakdown (it counts in the totals only). */
export function groupOfLead(
  lead: Pick<ReportLead, 'source' | 'campaignId' | 'campaignName'>,
  breakdown: ReportBreakdown,
): ReportGroup | null {
  return breakdown === 'rep' ? null : leadGroup(lead, breakdown);
}

function leadGroup(
  lead: Pick<ReportLead, 'source' | 'campaignId' | 'campaignName'>,
  breakdown: 'source' | 'campaign',
): ReportGroup {
  switch (breakdown) {
    case 'source':
      return lead.source
        ? { key: lead.source, label: lead.source }
        : { key: NO_GROUP_KEY, label: NO_SOURCE_LABEL };
    case 'campaign':
      return lead.campaignId
        ? { key: lead.campaignId, label: lead.campaignName ?? lead.campaignId }
        : { key: NO_GROUP_KEY, label: NO_CAMPAIGN_LABEL };
  }
}

/** Rows list their groups by what a person reads, then by key. */
export function compareGroups(a: ReportGroup, b: ReportGroup): number {
  return a.label.localeCompare(b.label, 'en') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
