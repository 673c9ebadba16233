import { HUB_SCHEMA, migrate, openHubDatabase, type HubDatabaseConfig } from '../../db';
import type { IntakeKeyCommand } from '../../hub-args';
import { IntakeKeyStore } from './intake-key-store';

/**
 * `npm run hub -- --intake-key SOURCE | --list-intake-keys | --revoke-intake-key ID`: works on
 * the hub's database directly (the hub need not run; the embedded database must not be open in a
 * running hub). Returns the lines to print; throws an Error fit to print.
 */
export async function runIntakeKeyCommand(
  database: HubDatabaseConfig,
  command: IntakeKeyCommand,
  now: number,
): Promise<string[]> {
  const db = await openHubDatabase(database);
  try {
    await migrate(db, HUB_SCHEMA);
    const keys = new IntakeKeyStore(db);
    switch (command.kind) {
      case 'create': {
        const { record, key } = await keys.create(command.source, now);
        return [
          key,
          `Intake key ${record.id} for "${record.source}": shown once, only its hash is kept.`,
          'Post leads with "Authorization: Bearer <key>" (or ?key=<key>) to <hub>/api/leads.',
        ];
      }
      case 'list': {
        const all = await keys.list();
        if (all.length === 0) return ['No intake keys yet: make one with --intake-key SOURCE.'];
        return all.map(
          (key) =>
            `${key.id}  ${new Date(key.createdAt).toISOString()}  ` +
            `${key.revokedAt === null ? 'live   ' : `revoked ${new Date(key.revokedAt).toISOString()}`}  ${key.source}`,
        );
      }
      case 'revoke': {
        if (!(await keys.revoke(command.id, now))) {
          throw new Error(`No intake key has the id "${command.id}": see --list-intake-keys.`);
        }
        return [`Intake key ${command.id} revoked: the hub refuses it within 5 seconds.`];
      }
    }
  } finally {
    await db.close();
  }
}
