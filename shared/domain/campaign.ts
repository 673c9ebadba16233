import type { CampaignRules, CampaignRulesInput } from './campaign-rules';

/**
 * A lead list with its dialing rules and call script. The rep's own campaigns share one outcome
 * list; a team campaign has its own, set on the hub.
 */
export interface Campaign {
  id: string;
  name: string;
  createdAt: number;
  /** The stored rules, or the defaults while `rulesProblem` says why they cannot be read. */
  rules: CampaignRules;
  /** Non-null when the stored rules do not parse: the campaign is not dialed until they are fixed. */
  rulesProblem: string | null;
  /** Markdown with merge fields; '' means the default script. */
  scriptMarkdown: string;
  leads: CampaignLeadCounts;
  /** Set by the supervisor on the team hub and followed here: nobody edits it in this app. */
  team: TeamCampaignMark | null;
}

export interface TeamCampaignMark {
  version: number;
  updatedBy: string;
}

export interface CampaignLeadCounts {
  total: number;
  /** Not finished, not on hold: may be dialed now or later. */
  queued: number;
  held: number;
}

export interface CampaignPatch {
  name?: string;
  /** Checked with the queue's schema; anything left out takes the default. */
  rules?: CampaignRulesInput;
  scriptMarkdown?: string;
}
