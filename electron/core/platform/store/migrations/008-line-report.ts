import type { Migration } from './migration';

/**
 * What the line reported beside what the rep chose: who answered (a person or a machine; null
 * when nobody did, or for calls kept before this version, which nobody can tell now).
 */
export const lineReportSchema: Migration = {
  version: 8,
  name: 'who answered each attempt, as the line reported it',
  statements: [
    `ALTER TABLE attempts ADD COLUMN answered_by TEXT
       CHECK (answered_by IS NULL OR answered_by IN ('human', 'machine'))`,
  ],
};
