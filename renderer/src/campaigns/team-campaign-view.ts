import type { Campaign, CampaignPatch } from '../../../shared/domain/campaign';
import type { TeamCampaign, TeamCampaignPatch } from '../../../shared/domain/team-campaign';
import type { Result } from '../../../shared/result';

/** A team campaign in the campaign editor's shape: the hub holds no lead counts per rep. */
export function asEditableCampaign(campaign: TeamCampaign): Campaign {
  return {
    id: campaign.id,
    name: campaign.name,
    createdAt: campaign.updatedAt,
    rules: campaign.rules,
    rulesProblem: null,
    scriptMarkdown: campaign.script,
    leads: { total: 0, queued: 0, held: 0 },
    team: null,
  };
}

export function teamPatchOf(patch: CampaignPatch): TeamCampaignPatch {
  return {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.rules !== undefined ? { rules: patch.rules } : {}),
    ...(patch.scriptMarkdown !== undefined ? { script: patch.scriptMarkdown } : {}),
  };
}

export function mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: map(result.value) } : result;
}
