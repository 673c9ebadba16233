import { SYSTEM_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import { DomainError } from '../../../../shared/result';
import { AUTOMATIC_OUTCOME_CODES } from '../../dispositions';
import type { ActiveCall } from './session-state';

type CallFacts = Pick<ActiveCall, 'draft' | 'answeredBy' | 'reachedRep'>;

/** An outcome ready to record; notOnTheLine: a contact or conversion no person was there for. */
export interface CheckedOutcome {
  disposition: Disposition;
  notOnTheLine: boolean;
}

/**
 * The outcomes a session may record: the campaign's list plus the system ones it lacks. A
 * contact or conversion outcome on a call no person answered is refused, or, when the settings
 * keep such outcomes (`keepNotOnTheLine`), kept but marked not on the line.
 */
export class OutcomeBook {
  private readonly byCode = new Map<string, Disposition>();

  constructor(
    dispositions: readonly Disposition[],
    private readonly keepNotOnTheLine = false,
  ) {
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
   * person on the line, so the numbers never count one the line did not see (unless the settings
   * keep it, marked: see notOnTheLine).
   */
  misfit(disposition: Disposition, call: CallFacts): DomainError | null {
    const missing = this.missingPerson(disposition, call);
    if (missing === null || this.keepNotOnTheLine) return null;
    return new DomainError(
      'invalid-argument',
      `"${disposition.label}" needs a person on the line, and ${missing}: choose an outcome such as no answer or voicemail left.`,
    );
  }

  /** Who the line says took a call no person answered ("nobody answered"), for a kept outcome. */
  missingPerson(disposition: Disposition, call: CallFacts): string | null {
    const { flags } = disposition;
    if (!flags.contact && !flags.conversion) return null;
    if (call.reachedRep && call.answeredBy === 'human') return null;
    return call.answeredBy === 'machine'
      ? 'an answering machine took this call'
      : 'nobody answered';
  }

  /** The disposition the call's draft would record, or an error saying what is still missing. */
  check(call: CallFacts): ({ ok: true } & CheckedOutcome) | { ok: false; error: DomainError } {
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
    return { ok: true, disposition, notOnTheLine: this.missingPerson(disposition, call) !== null };
  }
}
