import { z } from 'zod';
import { campaignRulesSchema, type CampaignRules, type CampaignRulesInput } from './campaign-rules';
import type { Disposition } from './disposition';
import { dispositionListSchema } from './disposition-schema';

/**
 * A campaign the supervisor sets on the team hub: its rules, script and outcomes are followed by
 * every rep's app, and no rep can change them.
 */
export interface TeamCampaign {
  id: string;
  name: string;
  rules: CampaignRules;
  /** Markdown with merge fields; '' means the default script. */
  script: string;
  dispositions: Disposition[];
  /** Grows with every change of any team campaign: the largest is the list's version. */
  version: number;
  updatedAt: number;
  updatedBy: string;
}

/** What a supervisor may change; anything left out stays as it is. */
export interface TeamCampaignPatch {
  name?: string;
  rules?: CampaignRulesInput;
  script?: string;
  dispositions?: Disposition[];
}

export const TEAM_CAMPAIGN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Every campaign travels to every rep in one message of at most 64 KB. */
export const MAX_TEAM_SCRIPT_CHARS = 8_000;
export const MAX_TEAM_CAMPAIGNS = 20;

export const teamCampaignNameSchema = z
  .string()
  .trim()
  .min(1, 'a name for the campaign, like "Web leads"')
  .max(80, 'at most 80 characters');

/**
 * The patch's shape only: its rules and outcomes are checked by the hub, which answers what is
 * wrong with them instead of dropping the supervisor's connection as malformed.
 */
export const teamCampaignPatchSchema = z
  .object({
    name: teamCampaignNameSchema.optional(),
    rules: z.unknown().optional(),
    script: z
      .string()
      .max(MAX_TEAM_SCRIPT_CHARS, {
        error: `a team campaign's script is at most ${MAX_TEAM_SCRIPT_CHARS} characters: it travels to every rep`,
      })
      .optional(),
    dispositions: z.array(z.unknown()).max(40).optional(),
  })
  .strict() as z.ZodType<TeamCampaignPatch>;

/** A team campaign as the hub sends it: rules already checked with the queue's schema. */
export const teamCampaignSchema: z.ZodType<TeamCampaign> = z
  .object({
    id: z.string().regex(TEAM_CAMPAIGN_ID_PATTERN),
    name: teamCampaignNameSchema,
    rules: campaignRulesSchema,
    script: z.string().max(MAX_TEAM_SCRIPT_CHARS),
    dispositions: dispositionListSchema,
    version: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    updatedBy: z.string().max(80),
  })
  .strict();
