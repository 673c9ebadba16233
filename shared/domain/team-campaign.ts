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
  /** Minutes a rep holds an offered lead undialed before it goes back to the pool. */
  claimMinutes: number;
  /** The reps who are offered its leads; null: every rep of the team. */
  repIds: string[] | null;
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
  claimMinutes?: number;
  /** null: every rep works the campaign again. */
  repIds?: string[] | null;
}

export const TEAM_CAMPAIGN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Every campaign travels to every rep in one message of at most 64 KB. */
export const MAX_TEAM_SCRIPT_CHARS = 8_000;
export const MAX_TEAM_CAMPAIGNS = 20;
/** The default claim time for a new lead: dialed within 3 min or offered to the next rep. */
export const DEFAULT_CLAIM_MINUTES = 3;
export const MAX_CLAIM_MINUTES = 60;
/** More reps than a team's floor holds: the list travels to every rep in the campaigns message. */
export const MAX_CAMPAIGN_REPS = 200;

export const claimMinutesSchema = z
  .number({ error: 'the claim time is a number of minutes' })
  .int({ error: 'the claim time is whole minutes' })
  .min(1, { error: 'the claim time is at least 1 minute' })
  .max(MAX_CLAIM_MINUTES, { error: `the claim time is at most ${MAX_CLAIM_MINUTES} minutes` });

/** null is every rep; a list names the reps who work the campaign (at least one). */
export const campaignRepIdsSchema = z
  .array(z.string().trim().min(1).max(80), { error: 'the reps are a list of rep ids' })
  .min(1, { error: 'choose at least one rep, or Everyone' })
  .max(MAX_CAMPAIGN_REPS, { error: `at most ${MAX_CAMPAIGN_REPS} reps` })
  .nullable();

export const teamCampaignNameSchema = z
  .string()
  .trim()
  .min(1, 'a name for the campaign, like "Web leads"')
  .max(80, 'at most 80 characters');

/**
 * The patch's shape only: its rules, outcomes, claim time and reps are checked by the hub, which answers what is
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
    claimMinutes: z.unknown().optional(),
    repIds: z.unknown().optional(),
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
    claimMinutes: claimMinutesSchema,
    repIds: campaignRepIdsSchema,
    version: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    updatedBy: z.string().max(80),
  })
  .strict();
