import { DomainError, type Result } from '../../../shared/result';
import type { FloorLink } from './link/floor-link';
import type { FloorSource } from './link/floor-source';
import type { Handlers } from '../platform/ipc/dispatcher';

type FloorHandlers = Pick<
  Handlers,
  | 'floor.status'
  | 'floor.escalate'
  | 'floor.view'
  | 'floor.acknowledgeAlert'
  | 'floor.answerEscalation'
  | 'floor.myEscalations'
  | 'floor.dismissEscalation'
  | 'floor.alertHistory'
  | 'floor.snoozeRep'
  | 'floor.wallTokens'
  | 'floor.createWallToken'
  | 'floor.revokeWallToken'
  | 'floor.teamCampaigns'
  | 'floor.createTeamCampaign'
  | 'floor.updateTeamCampaign'
>;

const HISTORY_LIMIT = 200;

export function floorHandlers({ floorLink }: { floorLink: FloorLink }): FloorHandlers {
  const source = (): FloorSource => {
    const floor = floorLink.floor();
    if (floor) return floor;
    const { mode } = floorLink.status();
    throw new DomainError(
      'unavailable',
      mode === 'host' || mode === 'follow'
        ? 'The floor is not available yet: the hub is starting or cannot be reached.'
        : 'This app does not see the floor: only a supervisor does (role in settings).',
    );
  };
  return {
    'floor.status': () => floorLink.status(),
    'floor.escalate': (note) => floorLink.escalate(note),
    'floor.view': () => floorLink.floor()?.view() ?? null,
    'floor.acknowledgeAlert': async (alertId) =>
      valueOf(await source().acknowledgeAlert(alertId, floorLink.supervisorName())),
    'floor.answerEscalation': async (escalationId, answer) =>
      valueOf(await source().answerEscalation(escalationId, answer, floorLink.supervisorName())),
    'floor.myEscalations': () => floorLink.myEscalations(),
    'floor.dismissEscalation': (escalationId) => {
      floorLink.dismissEscalation(escalationId);
      return null;
    },
    'floor.alertHistory': async () => valueOf(await source().alertHistory(HISTORY_LIMIT)),
    'floor.snoozeRep': async (repId, minutes) =>
      valueOf(await source().snoozeRep(repId, minutes, floorLink.supervisorName())),
    'floor.wallTokens': async () => valueOf(await source().wallTokens()),
    'floor.createWallToken': async (label) =>
      valueOf(await source().createWallToken(label, floorLink.supervisorName())),
    'floor.revokeWallToken': async (tokenId) =>
      valueOf(await source().revokeWallToken(tokenId, floorLink.supervisorName())),
    'floor.teamCampaigns': async () => valueOf(await source().teamCampaigns()),
    'floor.createTeamCampaign': async (name) =>
      valueOf(await source().createTeamCampaign(name, floorLink.supervisorName())),
    'floor.updateTeamCampaign': async (id, version, patch) =>
      valueOf(await source().updateTeamCampaign(id, version, patch, floorLink.supervisorName())),
  };
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new DomainError(result.error.code, result.error.message);
  return result.value;
}
