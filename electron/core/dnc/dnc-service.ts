import type { Clock } from '../../../shared/clock';
import type { DncEntry, DncPage, DncQuery, DncTextImport } from '../../../shared/domain/dnc';
import { DomainError } from '../../../shared/result';
import { DncRepository, type DncEntry as StoredDncEntry } from './dnc-repository';
import type { Store } from '../platform/store/store';
import { dncNumber } from './dnc-number';
import { parseDncText } from './dnc-text';

export interface DncServiceDeps {
  store: Store;
  clock: Clock;
  /** The rep's country (default for numbers without a country code) and id (who did it). */
  rep: () => { repCountry: string; repId: string };
  /** The list changed: the queue view and the DNC screen follow. */
  onChanged: (total: number) => void;
}

/**
 * The do-not-call list by hand: add, remove with a reason (kept in an audit log), paste or load a
 * list. The dial-time check reads the same table, so a number added here is never dialed again,
 * even a lead already on screen.
 */
export class DncService {
  private readonly repository: DncRepository;

  constructor(private readonly deps: DncServiceDeps) {
    this.repository = new DncRepository(deps.store);
  }

  async list(query: DncQuery): Promise<DncPage> {
    const text = query.search?.trim() ?? '';
    const digits = text.replace(/\D/g, '');
    const page = await this.repository.page(
      { digits: digits === '' ? null : digits, words: text === '' ? null : text },
      query.offset,
      query.limit,
    );
    return { total: page.total, entries: page.entries.map(publicEntry) };
  }

  async add(phone: string, reason: string): Promise<DncEntry> {
    const { repCountry, repId } = this.deps.rep();
    const phoneE164 = dncNumber(phone, repCountry);
    await this.deps.store.write(
      DncRepository.addStatement({
        phoneE164,
        addedAt: this.deps.clock.now(),
        reason: reason.trim(),
        source: 'manual',
        addedBy: repId,
        attemptId: null,
      }),
    );
    const entry = await this.repository.entry(phoneE164);
    if (!entry) throw new Error(`${phoneE164} was not added to the do-not-call list.`);
    await this.changed();
    return publicEntry(entry);
  }

  async remove(phone: string, reason: string): Promise<void> {
    const { repCountry, repId } = this.deps.rep();
    const phoneE164 = dncNumber(phone, repCountry);
    if (!(await this.repository.isListed(phoneE164))) {
      throw new DomainError('not-found', `${phoneE164} is not on the do-not-call list.`);
    }
    await this.deps.store.write(
      DncRepository.removeStatements(phoneE164, {
        removedAt: this.deps.clock.now(),
        removedBy: repId,
        reason: reason.trim(),
      }),
    );
    await this.changed();
  }

  async importText(text: string, reason: string): Promise<DncTextImport> {
    const { repCountry, repId } = this.deps.rep();
    const { numbers, rejected } = parseDncText(text, repCountry);
    const listed = await this.repository.listedAmong(numbers);
    const fresh = numbers.filter((number) => !listed.has(number));
    if (fresh.length > 0) {
      await this.deps.store.write(
        DncRepository.addManyStatement(fresh, {
          addedAt: this.deps.clock.now(),
          reason: reason.trim(),
          source: 'import',
          addedBy: repId,
        }),
      );
      await this.changed();
    }
    return { added: fresh.length, alreadyListed: listed.size, rejected };
  }

  /** Numbers were added outside this service (the team's list): the views follow. */
  changedElsewhere(): void {
    void this.changed().catch(() => undefined);
  }

  private async changed(): Promise<void> {
    this.deps.onChanged(await this.repository.count());
  }
}

function publicEntry({ attemptId: _attemptId, ...entry }: StoredDncEntry): DncEntry {
  return entry;
}
