/** The rep's read-only copy of the team campaigns set on the hub. See docs/TEAM_POOL.md. */
export { TeamCampaigns, type TeamCampaignsDeps } from './team-campaigns';
