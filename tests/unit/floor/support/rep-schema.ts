import {
  OUTBOX_MIGRATION_NAME,
  OUTBOX_MIGRATION_STATEMENTS,
} from '../../../../electron/core/floor/rep/outbox-migration';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import type { Migration } from '../../../../electron/core/store/migrations/migration';

/** The rep schema with the outbox as its next migration, as the integrator will add it. */
export const REP_WITH_OUTBOX: readonly Migration[] = [
  ...MIGRATIONS,
  {
    version: MIGRATIONS.length + 1,
    name: OUTBOX_MIGRATION_NAME,
    statements: OUTBOX_MIGRATION_STATEMENTS,
  },
];
