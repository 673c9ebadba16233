import type { PauseCode } from '../../../../shared/domain/session';

/**
 * A dial that is queued or under way and not yet placed. Hang-up, pause and undo flag it at once,
 * without waiting their turn, so a call is never placed only to be dropped a moment later.
 */
export interface PendingDial {
  aborted: boolean;
  pauseWith: PauseCode | null;
  /** How the dial step gave way, once it has. */
  honored: 'aborted' | 'paused' | null;
}

export class PendingDials {
  private readonly dials = new Set<PendingDial>();

  announce(): PendingDial {
    const dial: PendingDial = { aborted: false, pauseWith: null, honored: null };
    this.dials.add(dial);
    return dial;
  }

  finished(dial: PendingDial): void {
    this.dials.delete(dial);
  }

  /** Calls off every dial not yet placed; returns them so the caller can see which gave way. */
  abortAll(): PendingDial[] {
    for (const dial of this.dials) dial.aborted = true;
    return [...this.dials];
  }

  /** Turns every dial not yet placed into a pause (the first code asked for wins). */
  pauseAll(code: PauseCode): PendingDial[] {
    for (const dial of this.dials) dial.pauseWith ??= code;
    return [...this.dials];
  }
}
