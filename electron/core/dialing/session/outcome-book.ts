import { SYSTEM_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import { DomainError } from '../../../../shared/result';
import { AUTOMATIC_OUTCOME_CODES } from '../../dispositions';
import type { OutcomeDraft } from './session-state';

/** The outcomes a session may record: the campaign's list plus the system ones it lacks. */
export class OutcomeBook {
  private readonly byCode = new Map<string, Disposition>();

  constructor(dispositions: readonly Disposition[]) {
    for (const disposition of [...SYSTEM_DISPOSITIONS, ...dispositions]) {
      this.byCode.set(disposition.code, disposition);
    }
    const missing = AUTOMATIC_OUTCOME_CODES.filter((code) => !this.byCode.has(code));
    if (missing.length > 0) {
      throw new DomainError(
        'invalid-argument',
        `The dispositions need ${missing.map((code) => `"${code}"`).join(', ')}: ` +
          'the session records them by itself for calls that reach nobody.',
      );
    }
  }

  require(code: string): Disposition {
    const disposition = this.byCode.get(code);
    if (!disposition) {
      throw new DomainError('invalid-argument', `There is no outcome "${code}" in this campaign.`);
    }
    return disposition;
  }

  /** The disposition the draft would record, or an error saying what is still missing. */
  check(
    draft: OutcomeDraft,
  ): { ok: true; disposition: Disposition } | { ok: false; error: DomainError } {
    if (draft.outcomeCode === null) {
      return { ok: false, error: new DomainError('invalid-argument', 'Pick an outcome first.') };
    }
    const disposition = this.require(draft.outcomeCode);
    if (disposition.flags.callback && draft.callbackAt === null) {
      return {
        ok: false,
        error: new DomainError(
          'invalid-argument',
          `"${disposition.label}" needs a callback time: set one, then confirm.`,
        ),
      };
    }
    return { ok: true, disposition };
  }
}
