import type { SessionSnapshot } from '../../../../shared/domain/session';
import type { StateEventBody } from '../../../../shared/floor/protocol';

/** The floor's view of a session snapshot: state, since when, pause code, the lead on screen. */
export function stateEventOf(snapshot: SessionSnapshot): StateEventBody {
  const lead = snapshot.offer?.lead ?? null;
  return {
    type: 'state',
    state: snapshot.state,
    since: snapshot.stateSince,
    pauseCode: snapshot.pause?.code ?? null,
    lead: lead && { id: lead.id, createdAt: lead.createdAt },
  };
}

/** Snapshots change with every ring, mute and keystroke of a note; the floor only needs these. */
export function sameFloorState(a: StateEventBody, b: StateEventBody): boolean {
  return (
    a.state === b.state &&
    a.since === b.since &&
    a.pauseCode === b.pauseCode &&
    a.lead?.id === b.lead?.id &&
    a.lead?.createdAt === b.lead?.createdAt
  );
}
