/** One numbered step of the hub's schema, run in one transaction. */
export interface HubMigration {
  version: number;
  name: string;
  statements: readonly string[];
}
