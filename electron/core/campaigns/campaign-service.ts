import type { Clock } from '../../../shared/clock';
import type { Campaign, CampaignPatch } from '../../../shared/domain/campaign';
import {
  DEFAULT_CAMPAIGN_RULES,
  parseCampaignRules,
  type CampaignRules,
} from '../../../shared/domain/campaign-rules';
import { DomainError } from '../../../shared/result';
import { CampaignRepository, type StoredCampaign } from './campaign-repository';
import { requeueForMaxAttemptsStatement } from './campaign-requeue';
import type { SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';
import { campaignIdFor } from '../../../shared/domain/campaign-id';

export interface CampaignServiceDeps {
  store: Store;
  clock: Clock;
  /** Campaigns or their rules changed: the queue's cache and the views follow. */
  onChanged: (campaigns: Campaign[]) => void;
}

/**
 * Campaigns as people edit them: name, dialing rules (checked with the queue's schema) and call
 * script. Dispositions are one list shared by every campaign for now.
 */
export class CampaignService {
  private readonly repository: CampaignRepository;

  constructor(private readonly deps: CampaignServiceDeps) {
    this.repository = new CampaignRepository(deps.store);
  }

  async list(): Promise<Campaign[]> {
    return (await this.repository.withCounts()).map(toCampaign);
  }

  async create(name: string): Promise<Campaign> {
    const id = campaignIdFor(name, await this.repository.ids());
    await this.deps.store.write(
      CampaignRepository.insertStatement({
        id,
        name: name.trim(),
        createdAt: this.deps.clock.now(),
      }),
    );
    return this.changed(id);
  }

  async update(id: string, patch: CampaignPatch): Promise<Campaign> {
    const current = (await this.list()).find((campaign) => campaign.id === id);
    if (!current) throw new DomainError('not-found', `There is no campaign "${id}".`);
    if (current.team) throw teamCampaignRefusal(current.name);
    let rules: CampaignRules | null = null;
    if (patch.rules !== undefined) {
      const parsed = parseCampaignRules(patch.rules);
      if (!parsed.ok) throw new DomainError(parsed.error.code, parsed.error.message);
      rules = parsed.value;
    }
    const statements: SqlStatement[] = [
      CampaignRepository.updateStatement(id, {
        name: patch.name?.trim() ?? null,
        rulesJson: rules ? JSON.stringify(rules) : null,
        scriptMarkdown: patch.scriptMarkdown ?? null,
      }),
    ];
    const before = current.rules.cadence.maxAttempts;
    if (rules && rules.cadence.maxAttempts !== before) {
      statements.push(requeueForMaxAttemptsStatement(id, before, rules.cadence.maxAttempts));
    }
    await this.deps.store.write(statements);
    return this.changed(id);
  }

  private async changed(id: string): Promise<Campaign> {
    const campaigns = await this.list();
    this.deps.onChanged(campaigns);
    const campaign = campaigns.find((c) => c.id === id);
    if (!campaign) throw new Error(`Campaign ${id} vanished after it was written.`);
    return campaign;
  }
}

function toCampaign(row: StoredCampaign): Campaign {
  const rules = storedRules(row.rules_json);
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    rules: rules.ok ? rules.value : DEFAULT_CAMPAIGN_RULES,
    rulesProblem: rules.ok ? null : rules.problem,
    scriptMarkdown: row.script_markdown,
    leads: { total: row.total, queued: row.queued, held: row.held },
    team:
      row.team_version === null
        ? null
        : { version: row.team_version, updatedBy: row.team_updated_by ?? '' },
  };
}

/** What a rep hears when changing a campaign the supervisor sets for the team. */
export function teamCampaignRefusal(name: string): DomainError {
  return new DomainError(
    'forbidden',
    `"${name}" is a team campaign: its rules, script and outcomes are set by your supervisor on ` +
      'the team hub. Ask your supervisor to change them.',
  );
}

function storedRules(
  json: string,
): { ok: true; value: CampaignRules } | { ok: false; problem: string } {
  try {
    const parsed = parseCampaignRules(JSON.parse(json));
    return parsed.ok ? parsed : { ok: false, problem: parsed.error.message };
  } catch (error) {
    return { ok: false, problem: `the stored rules are not JSON (${(error as Error).message})` };
  }
}
