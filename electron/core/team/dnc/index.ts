/** The rep's side of the team's one do-not-call list. See docs/TEAM_POOL.md. */
export { TeamDnc, type TeamDncDeps } from './team-dnc';
