import type { RepEscalation } from '../../../../shared/floor/escalation';
import type { EscalationReceipt, MyEscalation } from '../../../../shared/ipc/domains/floor';
import { DomainError } from '../../../../shared/result';

/**
 * The rep's escalations as their screen shows them: raised here and not yet confirmed by the hub,
 * then as the hub reports them (over the rep's own connection) until answered, then the answer
 * until the rep dismisses it. The hub keeps them; this app only remembers what was dismissed.
 */
export class MyEscalations {
  private readonly sending = new Map<string, EscalationReceipt>();
  private fromHub: readonly RepEscalation[] = [];
  private readonly dismissed = new Set<string>();

  constructor(private readonly changed: (list: MyEscalation[]) => void) {}

  raised(receipt: EscalationReceipt): void {
    this.sending.set(receipt.escalationId, receipt);
    this.changed(this.list());
  }

  hubSent(escalations: readonly RepEscalation[]): void {
    this.fromHub = escalations;
    for (const escalation of escalations) this.sending.delete(escalation.escalationId);
    this.changed(this.list());
  }

  dismiss(escalationId: string): void {
    const known = this.list().find((item) => item.escalationId === escalationId);
    if (!known) throw new DomainError('not-found', 'That escalation is no longer on screen.');
    if (known.state !== 'answered') {
      throw new DomainError(
        'conflict',
        'The supervisor has not answered yet: it stays on screen until they do.',
      );
    }
    this.dismissed.add(escalationId);
    this.changed(this.list());
  }

  /** Newest first. */
  list(): MyEscalation[] {
    const shown: MyEscalation[] = [...this.sending.values()].map((receipt) => ({
      escalationId: receipt.escalationId,
      raisedAt: receipt.raisedAt,
      state: 'sending',
      answer: null,
    }));
    for (const escalation of this.fromHub) {
      if (this.dismissed.has(escalation.escalationId)) continue;
      shown.push({
        escalationId: escalation.escalationId,
        raisedAt: escalation.raisedAt,
        state: escalation.answer ? 'answered' : 'waiting',
        answer: escalation.answer,
      });
    }
    return shown.sort((a, b) => b.raisedAt - a.raisedAt);
  }
}
