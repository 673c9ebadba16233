import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import type { Migration } from '../../../../electron/core/platform/store/migrations/migration';

/** The rep schema; the outbox is its migration 4 (electron/core/store/migrations/004-hub-outbox.ts). */
export const REP_WITH_OUTBOX: readonly Migration[] = MIGRATIONS;
