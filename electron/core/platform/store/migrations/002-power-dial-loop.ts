import type { Migration } from './migration';

/**
 * What the power-dial loop needs: the queue's persisted order columns and index
 * (electron/core/queue/queue-columns.ts), the do-not-call list, the pre-outcome lead state that
 * makes an outcome undoable, the skip log and the editable dispositions.
 */
export const powerDialLoopSchema: Migration = {
  version: 2,
  name: 'queue columns, DNC list, outcome undo, skips, dispositions',
  statements: [
    `ALTER TABLE leads ADD COLUMN queue_tier INTEGER`,
    `ALTER TABLE leads ADD COLUMN queue_due_at INTEGER`,
    // The same values queueColumns() computes for leads written before this version; the gate
    // (isCallable) still checks every candidate, so a stray tier can never let a lead through.
    `UPDATE leads SET
       queue_tier = CASE
         WHEN time_zone IS NULL OR time_zone = '' THEN NULL
         WHEN status = 'callback' THEN CASE WHEN callback_at IS NULL THEN NULL ELSE 1 END
         WHEN status IN ('new', 'retry') AND attempt_count >= coalesce((SELECT json_extract(rules_json,
           '$.cadence.maxAttempts') FROM campaigns WHERE campaigns.id = leads.campaign_id), 6) THEN NULL
         WHEN status = 'new' THEN 2
         WHEN status = 'retry' THEN 2 + max(1, attempt_count)
         ELSE NULL
       END,
       queue_due_at = CASE status
         WHEN 'callback' THEN callback_at
         WHEN 'new' THEN created_at
         WHEN 'retry' THEN coalesce(next_eligible_at, 0)
         ELSE NULL
       END`,
    `UPDATE leads SET queue_due_at = NULL WHERE queue_tier IS NULL`,
    `CREATE INDEX leads_queue ON leads(campaign_id, time_zone, queue_tier, queue_due_at)
       WHERE queue_tier IS NOT NULL`,
    `CREATE INDEX leads_by_phone ON leads(phone_e164)`,
    `CREATE TABLE dnc (
      phone_e164 TEXT PRIMARY KEY,
      added_at INTEGER NOT NULL,
      reason TEXT,
      -- 'outcome' (a rep's do-not-call outcome), 'import', 'manual'
      source TEXT NOT NULL,
      added_by TEXT,
      -- The attempt whose outcome added the number, so undoing that outcome takes it off again.
      attempt_id TEXT
    )`,
    `CREATE TABLE outcome_undo (
      attempt_id TEXT PRIMARY KEY,
      rep_id TEXT NOT NULL,
      lead_id INTEGER NOT NULL,
      recorded_at INTEGER NOT NULL,
      -- The lead's queue fields as they were before the outcome, as JSON.
      lead_before_json TEXT NOT NULL
    )`,
    `CREATE INDEX outcome_undo_by_rep ON outcome_undo(rep_id)`,
    `CREATE TABLE lead_skips (
      id INTEGER PRIMARY KEY,
      lead_id INTEGER NOT NULL REFERENCES leads(id),
      rep_id TEXT NOT NULL,
      skipped_at INTEGER NOT NULL,
      -- 'rep' or 'dial-check'
      skipped_by TEXT NOT NULL,
      reason TEXT NOT NULL
    )`,
    `CREATE INDEX lead_skips_by_lead ON lead_skips(lead_id, skipped_at)`,
    `CREATE TABLE dispositions (
      -- '' is the list every campaign uses unless it has its own.
      campaign_id TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      code TEXT NOT NULL,
      label TEXT NOT NULL,
      hotkey TEXT,
      flags_json TEXT NOT NULL,
      retry_after_minutes INTEGER,
      PRIMARY KEY (campaign_id, code)
    )`,
  ],
};
