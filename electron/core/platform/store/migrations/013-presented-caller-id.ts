import type { Migration } from './migration';

/** Local presence: which caller ID each dial presented (null: the line's own). */
export const presentedCallerIdSchema: Migration = {
  version: 13,
  name: 'the caller ID each dial presented',
  statements: ['ALTER TABLE attempts ADD COLUMN presented_caller_id TEXT'],
};
