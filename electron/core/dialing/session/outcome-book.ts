import { SYSTEM_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import { DomainError } from '../../../../shared/result';
import { AUTOMATIC_OUTCOME_CODES } from '../../dispositions';
import type { ActiveCall } from './session-state';

type CallFacts = Pick<ActiveCall, 'draft' | 'answeredBy' | 'reachedRep'>;

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

  /**
   * Why the call cannot carry this outcome, or null when it can: a contact or a conversion needs a
   * person on the line, so the numbers never count one the line did not see.
   */
  misfit(disposition: Disposition, call: CallFacts): DomainError | null {
    const { flags, label } = disposition;
    if (!flags.contact && !flags.conversion) return null;
    if (call.reachedRep && call.answeredBy === 'human') return null;
    const what =
      call.answeredBy === 'machine' ? 'an answering machine took this call' : 'nobody answered';
    return new DomainError(
      'invalid-argument',
      `"${label}" needs a person on the line, and ${what}: choose an outcome such as no answer or voicemail left.`,
    );
  }

  /** The disposition the call's draft would record, or an error saying what is still missing. */
  check(
    call: CallFacts,
  ): { ok: true; disposition: Disposition } | { ok: false; error: DomainError } {
    const { draft } = call;
    if (draft.outcomeCode === null) {
      return { ok: false, error: new DomainError('invalid-argument', 'Pick an outcome first.') };
    }
    const disposition = this.require(draft.outcomeCode);
    const misfit = this.misfit(disposition, call);
    if (misfit) return { ok: false, error: misfit };
    if (disposition.flags.dnc && !draft.dncConfirmed) {
      const again = disposition.hotkey ? `press ${disposition.hotkey} again` : 'choose it again';
      return {
        ok: false,
        error: new DomainError(
          'invalid-argument',
          `"${disposition.label}" puts the number on the do-not-call list: ${again} to confirm.`,
        ),
      };
    }
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
