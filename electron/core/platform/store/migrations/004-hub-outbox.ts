import {
  OUTBOX_MIGRATION_NAME,
  OUTBOX_MIGRATION_STATEMENTS,
} from '../../../floor/outbox/outbox-migration';
import type { Migration } from './migration';

/**
 * The team hub's outbox (electron/core/floor/rep: events wait here until the hub stores them)
 * and the index behind the fresh-leads report the hub's speed-to-lead alert reads: leads nobody
 * has dialed, counted and dated from the index alone.
 */
export const hubOutboxSchema: Migration = {
  version: 4,
  name: `${OUTBOX_MIGRATION_NAME}, fresh leads index`,
  statements: [
    ...OUTBOX_MIGRATION_STATEMENTS,
    // status and first_attempt_at are constant in it, but listed so the index covers the query.
    `CREATE INDEX leads_fresh ON leads(created_at, status, first_attempt_at)
       WHERE status = 'new' AND first_attempt_at IS NULL`,
  ],
};
