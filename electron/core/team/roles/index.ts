/** What a rep may change in team mode, and what only the supervisor's credential allows. */
export {
  isTeamRep,
  outcomesRefusal,
  secretRefusal,
  settingsPatchRefusal,
  type SecretReader,
} from './team-roles';
