import { leadDisplayName } from '../../../../shared/domain/lead';
import { leadSource } from '../../../../shared/domain/lead-source';
import type { SessionSnapshot } from '../../../../shared/domain/session';
import type { StateEventBody } from '../../../../shared/floor/protocol';

/**
 * The floor's view of a session snapshot: state, since when, pause code, the lead on screen (who
 * and from where, so the supervisor sees what each rep is on).
 */
export function stateEventOf(snapshot: SessionSnapshot): StateEventBody {
  const lead = snapshot.offer?.lead ?? null;
  return {
    type: 'state',
    state: snapshot.state,
    since: snapshot.stateSince,
    pauseCode: snapshot.pause?.code ?? null,
    lead: lead && {
      id: lead.id,
      createdAt: lead.createdAt,
      name: clip(leadDisplayName(lead)),
      source: clip(leadSource(lead)),
    },
  };
}

/** Snapshots change with every ring, mute and keystroke of a note; the floor only needs these. */
export function sameFloorState(a: StateEventBody, b: StateEventBody): boolean {
  return (
    a.state === b.state &&
    a.since === b.since &&
    a.pauseCode === b.pauseCode &&
    a.lead?.id === b.lead?.id &&
    a.lead?.createdAt === b.lead?.createdAt &&
    a.lead?.name === b.lead?.name &&
    a.lead?.source === b.lead?.source
  );
}

/** The protocol takes at most 200 characters of a name or source. */
export function clip<T extends string | null>(text: T): T {
  return (text === null ? null : text.slice(0, 200)) as T;
}
