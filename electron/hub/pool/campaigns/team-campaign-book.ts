import type { z } from 'zod';
import { parseCampaignRules } from '../../../../shared/domain/campaign-rules';
import { DEFAULT_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import { dispositionListSchema } from '../../../../shared/domain/disposition-schema';
import {
  DEFAULT_CLAIM_MINUTES,
  MAX_TEAM_CAMPAIGNS,
  campaignRepIdsSchema,
  claimMinutesSchema,
  type TeamCampaign,
  type TeamCampaignPatch,
} from '../../../../shared/domain/team-campaign';
import { MAX_FLOOR_MESSAGE_BYTES } from '../../../../shared/floor/protocol';
import { fail, ok, type Result } from '../../../../shared/result';
import type { HubDatabase } from '../../db';
import { campaignIdFor } from '../../../../shared/domain/campaign-id';
import {
  insertTeamCampaign,
  selectTeamCampaigns,
  updateTeamCampaign,
  type TeamCampaignRow,
} from './team-campaign-sql';

/** Room left for the message's envelope. */
const MAX_PUSHED_BYTES = MAX_FLOOR_MESSAGE_BYTES - 1024;

export type TeamCampaignsListener = (campaigns: TeamCampaign[], version: number) => void;

/**
 * The team's campaigns as the supervisor edits them, held in memory and reloaded when any hub
 * node signals a change; every reload is handed to the listeners (who push it to the reps).
 */
export class TeamCampaignBook {
  private campaigns: TeamCampaign[] = [];
  private readonly listeners = new Set<TeamCampaignsListener>();

  constructor(
    private readonly db: HubDatabase,
    private readonly now: () => number,
  ) {}

  async reload(): Promise<void> {
    const loaded = (await selectTeamCampaigns(this.db)).flatMap(toCampaign);
    // An edit reloads here and again on its signal, the two at once: a read that started
    // before the other's commit is older and dropped, and the reps hear of each version once.
    if (versionOf(loaded) <= this.version()) return;
    this.campaigns = loaded;
    for (const listener of this.listeners) listener(this.list(), this.version());
  }

  list(): TeamCampaign[] {
    return this.campaigns.map((campaign) => structuredClone(campaign));
  }

  /** The version of the whole list: the largest of its campaigns'. */
  version(): number {
    return versionOf(this.campaigns);
  }

  subscribe(listener: TeamCampaignsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new campaign with the default rules, script and outcomes, ready to edit. */
  async create(name: string, by: string): Promise<Result<TeamCampaign>> {
    const trimmed = name.trim();
    if (this.campaigns.length >= MAX_TEAM_CAMPAIGNS) {
      return fail(
        'invalid-argument',
        `A team has at most ${MAX_TEAM_CAMPAIGNS} campaigns: reuse one, or rename one you no longer use.`,
      );
    }
    const id = campaignIdFor(trimmed, new Set(this.campaigns.map((campaign) => campaign.id)));
    const rules = parseCampaignRules({});
    if (!rules.ok) return rules;
    const inserted = await insertTeamCampaign(this.db, {
      id,
      name: trimmed,
      rules: rules.value,
      script: '',
      dispositions: DEFAULT_DISPOSITIONS,
      claimMinutes: DEFAULT_CLAIM_MINUTES,
      repIds: null,
      updatedAt: this.now(),
      updatedBy: by,
    });
    if (!inserted) {
      return fail('conflict', `A team campaign "${id}" was just made elsewhere: try again.`);
    }
    return this.reloaded(id);
  }

  /** Applies the patch to the campaign at `version`; rules and outcomes are checked first. */
  async update(
    id: string,
    version: number,
    patch: TeamCampaignPatch,
    by: string,
  ): Promise<Result<TeamCampaign>> {
    await this.reload();
    const current = this.campaigns.find((campaign) => campaign.id === id);
    if (!current) return fail('not-found', `There is no team campaign "${id}".`);
    const rules = patch.rules === undefined ? ok(current.rules) : parseCampaignRules(patch.rules);
    if (!rules.ok) return rules;
    const dispositions = checkedDispositions(patch.dispositions ?? current.dispositions);
    if (!dispositions.ok) return dispositions;
    const claimMinutes = checked(
      claimMinutesSchema,
      patch.claimMinutes ?? current.claimMinutes,
      'The claim time is invalid',
    );
    if (!claimMinutes.ok) return claimMinutes;
    const repIds = checked(
      campaignRepIdsSchema,
      patch.repIds === undefined ? current.repIds : patch.repIds,
      'The reps who work the campaign are invalid',
    );
    if (!repIds.ok) return repIds;
    const next = {
      id,
      name: patch.name?.trim() ?? current.name,
      rules: rules.value,
      script: patch.script ?? current.script,
      dispositions: dispositions.value,
      claimMinutes: claimMinutes.value,
      repIds: repIds.value === null ? null : [...new Set(repIds.value)],
      updatedAt: this.now(),
      updatedBy: by,
    };
    const others = this.campaigns.filter((campaign) => campaign.id !== id);
    if (Buffer.byteLength(JSON.stringify([...others, { ...next, version }])) > MAX_PUSHED_BYTES) {
      return fail(
        'invalid-argument',
        "The team's campaigns would not fit in one message to the reps: shorten this script.",
      );
    }
    const outcome = await updateTeamCampaign(this.db, next, version);
    if (outcome === 'missing') return fail('not-found', `There is no team campaign "${id}".`);
    if (outcome === 'stale') {
      return fail(
        'conflict',
        `"${current.name}" was changed by ${current.updatedBy} while you edited it: ` +
          'reload it and make your change again.',
      );
    }
    return this.reloaded(id);
  }

  private async reloaded(id: string): Promise<Result<TeamCampaign>> {
    await this.reload();
    const campaign = this.campaigns.find((candidate) => candidate.id === id);
    return campaign
      ? ok(structuredClone(campaign))
      : fail('not-found', `The team campaign "${id}" vanished after it was written.`);
  }
}

function versionOf(campaigns: readonly TeamCampaign[]): number {
  return campaigns.reduce((max, campaign) => Math.max(max, campaign.version), 0);
}

function checkedDispositions(list: readonly Disposition[]): Result<Disposition[]> {
  const parsed = dispositionListSchema.safeParse(list);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((issue) => issue.message);
  return fail('invalid-argument', `The outcomes are invalid: ${problems.join('; ')}`);
}

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): Result<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((issue) => issue.message);
  return fail('invalid-argument', `${what}: ${problems.join('; ')}.`);
}

/** A row whose JSON no longer parses is left out rather than sent to every rep broken. */
function toCampaign(row: TeamCampaignRow): TeamCampaign[] {
  const rules = parseCampaignRules(row.rules);
  const dispositions = dispositionListSchema.safeParse(row.dispositions);
  const repIds = campaignRepIdsSchema.safeParse(row.rep_ids);
  if (!rules.ok || !dispositions.success || !repIds.success) return [];
  return [
    {
      id: row.id,
      name: row.name,
      rules: rules.value,
      script: row.script,
      dispositions: dispositions.data,
      claimMinutes: row.claim_minutes,
      repIds: repIds.data,
      version: row.version,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    },
  ];
}
