import type { PublicSettings } from './settings';

/**
 * Team mode: this app works as a rep on a team hub. Then what the team shares (the supervisor's
 * role, the outcomes, the team's campaigns and Twilio secrets) comes from the hub and the
 * supervisor's credential; a rep with no hub keeps every setting.
 */
export function isTeamRep(settings: Pick<PublicSettings, 'role' | 'hubUrl'>): boolean {
  return settings.role === 'rep' && settings.hubUrl !== null;
}

/** What the rep's app says where it shows something the team's supervisor sets. */
export const SET_BY_SUPERVISOR = 'Set by your supervisor on the team hub.';
