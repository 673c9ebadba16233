/** Importing a CSV into a team campaign on the hub: the CLI and the supervisor's import wizard. */
export {
  postTeamImport,
  type TeamImportAnswer,
  type TeamImportFile,
  type TeamImporter,
  type TeamImportRequest,
} from './post-team-import';
