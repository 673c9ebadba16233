import type { SessionSnapshot } from '../../../shared/domain/session';
import { leadDisplayName } from '../../../shared/domain/lead';

type Announced = Pick<SessionSnapshot, 'state' | 'offer' | 'draft' | 'pause' | 'idleReason'>;

/**
 * The sentence a screen reader hears when the session changes state; null when the state is the
 * same (timers and edits are not worth interrupting the rep for).
 */
export function announcementFor(
  previous: Announced | null,
  next: Announced,
  outcomeLabel: (code: string) => string,
): string | null {
  if (
    previous !== null &&
    previous.state === next.state &&
    previous.offer?.lead.id === next.offer?.lead.id
  ) {
    return null;
  }
  const name = next.offer ? leadDisplayName(next.offer.lead) : 'the lead';
  switch (next.state) {
    case 'idle':
      return next.idleReason === 'queue-empty' ? 'Idle: the queue is empty.' : 'Idle.';
    case 'preview':
      return `Next lead: ${name}. Press Space to dial.`;
    case 'dialing':
      return `Dialing ${name}.`;
    case 'ringing':
      return `Ringing ${name}.`;
    case 'connected':
      return `Connected to ${name}.`;
    case 'wrap-up':
      return next.draft?.automatic && next.draft.outcomeCode
        ? `Call ended: ${outcomeLabel(next.draft.outcomeCode)}. Saving it automatically.`
        : 'Call ended. Choose an outcome, then press Enter.';
    case 'paused':
      return next.pause ? `Paused: ${next.pause.code}. Press P to resume.` : 'Paused.';
  }
}
