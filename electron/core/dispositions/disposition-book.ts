import { SYSTEM_DISPOSITIONS, type Disposition } from '../../../shared/domain/disposition';
import { DomainError } from '../../../shared/result';
import { DispositionRepository } from './disposition-repository';
import { AUTOMATIC_OUTCOME_CODES } from './automatic-outcome';
import type { Store } from '../platform/store/store';

/** The rep's editable dispositions, held in memory and saved in the store. */
export class DispositionBook {
  private constructor(
    private readonly store: Store,
    private list: readonly Disposition[],
  ) {}

  static async open(store: Store): Promise<DispositionBook> {
    return new DispositionBook(store, await new DispositionRepository(store).list());
  }

  current(): Disposition[] {
    return this.list.map(copy);
  }

  /** The editable list plus the outcomes the session records by itself, as the KPI math needs. */
  withSystemOutcomes(): Disposition[] {
    const codes = new Set(this.list.map((d) => d.code));
    return [...this.current(), ...SYSTEM_DISPOSITIONS.filter((d) => !codes.has(d.code)).map(copy)];
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
