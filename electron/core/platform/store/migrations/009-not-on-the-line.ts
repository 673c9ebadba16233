import type { Migration } from './migration';

/**
 * A contact or conversion outcome the rep kept on a call no person answered (the settings allow
 * it): kept as chosen, marked not on the line, and left out of the KPIs and the floor.
 */
export const notOnTheLineSchema: Migration = {
  version: 9,
  name: 'outcomes kept on calls no person answered, marked not on the line',
  statements: [
    `ALTER TABLE attempts ADD COLUMN not_on_the_line INTEGER NOT NULL DEFAULT 0
       CHECK (not_on_the_line IN (0, 1))`,
  ],
};
