/** What a rep may change in team mode, and what only the supervisor's credential allows. */
export { isTeamRep } from '../../../../shared/domain/team-mode';
export {
  outcomesRefusal,
  secretRefusal,
  settingsPatchRefusal,
  type SecretReader,
} from './team-roles';
