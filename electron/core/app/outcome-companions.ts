import type { OutcomeCompanion, RecordedOutcome } from '../dialing';
import type { SqlStatement } from '../platform/store/sql';

/**
 * The session's one outcome companion, standing for those that join it: the session is built
 * with it before the floor link, whose publisher joins once the link is open.
 */
export class OutcomeCompanions implements OutcomeCompanion {
  private readonly members: OutcomeCompanion[] = [];

  join(companion: OutcomeCompanion): void {
    this.members.push(companion);
  }

  statementsFor(outcome: RecordedOutcome): SqlStatement[] {
    return this.members.flatMap((member) => member.statementsFor(outcome));
  }

  written(): void {
    for (const member of this.members) member.written();
  }
}
