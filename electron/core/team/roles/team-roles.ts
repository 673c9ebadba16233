import type { PublicSettings, SecretName, SettingsPatch } from '../../../../shared/domain/settings';
import { isTeamRep } from '../../../../shared/domain/team-mode';
import { DomainError } from '../../../../shared/result';
import { deriveRepKey, secretsEqual } from '../../../hub/auth/rep-key';

/** Reads a stored secret (main process only). */
export type SecretReader = (name: SecretName) => string | null;

/** The team's Twilio secrets: with them this app would mint call tokens on the team's account. */
const TEAM_TWILIO_SECRETS: ReadonlySet<SecretName> = new Set([
  'twilioApiKeySecret',
  'twilioAuthToken',
]);

const TEAM_TOKEN_FIRST =
  'Only the team\'s supervisor credential makes this app a supervisor\'s: enter the team token under "Team floor" first (ask your supervisor for it), then choose Supervisor.';

/** Why a rep in team mode may not make this change; null when it may. */
export function settingsPatchRefusal(
  settings: PublicSettings,
  patch: SettingsPatch,
  secret: SecretReader,
): DomainError | null {
  if (!isTeamRep(settings)) return null;
  if (patch.role === 'supervisor' && !holdsTeamToken(settings.repId, secret)) {
    return new DomainError('forbidden', `You work as a rep on a team hub. ${TEAM_TOKEN_FIRST}`);
  }
  return null;
}

/** Why a rep in team mode may not store this secret; null when it may. */
export function secretRefusal(
  settings: PublicSettings,
  name: SecretName,
  value: string,
  secret: SecretReader,
): DomainError | null {
  if (!isTeamRep(settings)) return null;
  if (TEAM_TWILIO_SECRETS.has(name)) {
    return new DomainError(
      'forbidden',
      "The team's Twilio secrets stay with your supervisor: on a team hub your calls get their tokens from the team's token URL.",
    );
  }
  const repKey = secret('hubRepKey');
  if (name === 'hubToken' && repKey !== null && !derives(value, settings.repId, repKey)) {
    return new DomainError(
      'forbidden',
      "That is not your team's token (it does not match your rep key): ask your supervisor for the team token.",
    );
  }
  return null;
}

/** The outcomes' flags make the team's numbers: on a team hub they are the supervisor's. */
export function outcomesRefusal(settings: PublicSettings): DomainError | null {
  if (!isTeamRep(settings)) return null;
  return new DomainError(
    'forbidden',
    "You work as a rep on a team hub: the team's outcomes are set by your supervisor on the hub, for each team campaign.",
  );
}

/**
 * The app holds the team token, checked against the rep's key when it has one: the token a
 * rep key was derived from is the only one that derives it again.
 */
function holdsTeamToken(repId: string, secret: SecretReader): boolean {
  const teamToken = secret('hubToken');
  if (teamToken === null) return false;
  const repKey = secret('hubRepKey');
  return repKey === null || derives(teamToken, repId, repKey);
}

function derives(teamToken: string, repId: string, repKey: string): boolean {
  return secretsEqual(deriveRepKey(teamToken, repId), repKey);
}
