import type { HubEscalations } from '../../../shared/floor/protocol';
import type { Logger } from '../../core/platform/log/logger';
import { repEscalationFromRow } from '../store/hub-rows';
import type { HubStore } from '../store/hub-store';

/** An answer stays on the rep's screen this long after it was given (a shift), then drops off. */
export const ANSWER_SHOWN_MS = 12 * 60 * 60 * 1000;
/** The newest this many: a frame stays far below the protocol's 64 KB. */
const MAX_SENT = 20;

/**
 * Sends reps' apps their escalations' state over their own sockets: on connecting, and whenever
 * one of theirs is raised or answered (on this node or another), so an answer shows at once.
 */
export class RepEscalationFeed {
  private readonly reps = new Map<string, (message: HubEscalations) => void>();
  /** One read at a time per rep: an older list never arrives after a newer one. */
  private readonly sending = new Map<string, Promise<void>>();

  constructor(
    private readonly store: HubStore,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  /** The rep's socket on this node; a newer one replaces it. Returns the detach. */
  attach(repId: string, send: (message: HubEscalations) => void): () => void {
    this.reps.set(repId, send);
    void this.send(repId);
    return () => {
      if (this.reps.get(repId) === send) this.reps.delete(repId);
    };
  }

  refresh(repIds: ReadonlySet<string>): void {
    for (const repId of repIds) if (this.reps.has(repId)) void this.send(repId);
  }

  private send(repId: string): Promise<void> {
    const next = (this.sending.get(repId) ?? Promise.resolve()).then(() => this.sendNow(repId));
    this.sending.set(repId, next);
    void next.then(() => {
      if (this.sending.get(repId) === next) this.sending.delete(repId);
    });
    return next;
  }

  private async sendNow(repId: string): Promise<void> {
    if (!this.reps.has(repId)) return;
    try {
      const rows = await this.store.repEscalations(repId, this.now() - ANSWER_SHOWN_MS, MAX_SENT);
      this.reps.get(repId)?.({ type: 'escalations', escalations: rows.map(repEscalationFromRow) });
    } catch (error) {
      // The rep reads them again on its next connection.
      this.log.warn('hub could not send a rep its escalations', {
        repId,
        error: (error as Error).message,
      });
    }
  }
}
