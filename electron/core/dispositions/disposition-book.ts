import { SYSTEM_DISPOSITIONS, type Disposition } from '../../../shared/domain/disposition';
import { DomainError } from '../../../shared/result';
import { DispositionRepository } from './disposition-repository';
import { AUTOMATIC_OUTCOME_CODES } from './automatic-outcome';
import type { Store } from '../platform/store/store';

/**
 * The rep's editable dispositions, held in memory and saved in the store, and the lists of the
 * campaigns that have their own (the team campaigns, set on the hub).
 */
export class DispositionBook {
  private constructor(
    private readonly store: Store,
    private list: readonly Disposition[],
    private campaignLists: ReadonlyMap<string, readonly Disposition[]>,
  ) {}

  static async open(store: Store): Promise<DispositionBook> {
    const repository = new DispositionRepository(store);
    return new DispositionBook(store, await repository.list(), await repository.campaignLists());
  }

  /** Reads the campaigns' own lists again (the team campaigns changed). */
  async reloadCampaignLists(): Promise<void> {
    this.campaignLists = await new DispositionRepository(this.store).campaignLists();
  }

  current(): Disposition[] {
    return this.list.map(copy);
  }

  /** The outcomes a lead of this campaign gets: the campaign's own, else the shared list. */
  forCampaign(campaignId: string | null): Disposition[] {
    const own = campaignId === null ? undefined : this.campaignLists.get(campaignId);
    return (own ?? this.list).map(copy);
  }

  /** The campaigns that have outcomes of their own. */
  byCampaign(): ReadonlyMap<string, readonly Disposition[]> {
    return this.campaignLists;
  }

  /**
   * Every outcome a call may carry (the shared list, then codes only a campaign's own list has)
   * plus the ones the session records by itself, as the KPI math needs.
   */
  withSystemOutcomes(): Disposition[] {
    const all = [...this.list, ...[...this.campaignLists.values()].flat()];
    const byCode = new Map<string, Disposition>();
    for (const disposition of [...all, ...SYSTEM_DISPOSITIONS]) {
      if (!byCode.has(disposition.code)) byCode.set(disposition.code, disposition);
    }
    return [...byCode.values()].map(copy);
  }

  /** Replaces the list (already checked for shape, unique codes and keys) and saves it. */
  async replace(list: readonly Disposition[]): Promise<Disposition[]> {
    const codes = new Set(list.map((d) => d.code));
    const systemCodes = new Set(SYSTEM_DISPOSITIONS.map((d) => d.code));
    const missing = AUTOMATIC_OUTCOME_CODES.filter((c) => !codes.has(c) && !systemCodes.has(c));
    if (missing.length > 0) {
      throw new DomainError(
        'invalid-argument',
        `Keep the ${missing.map((c) => `"${c}"`).join(', ')} outcome: ` +
          'the dialer records it by itself for calls nobody answers.',
      );
    }
    await this.store.write(DispositionRepository.replaceStatements(list));
    this.list = list.map(copy);
    return this.current();
  }
}

function copy(disposition: Disposition): Disposition {
  return { ...disposition, flags: { ...disposition.flags } };
}
