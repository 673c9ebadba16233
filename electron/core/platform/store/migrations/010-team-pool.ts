import type { Migration } from './migration';

/**
 * The rep's side of the team pool (electron/core/team/pool): which leads the hub's pool gave this
 * rep, under which offer and until when the claim holds (hub clock), and when one left its queue. And the team's do-not-call list (electron/core/team/dnc): numbers not yet shared with the
 * hub, and how far the hub's list has been applied here.
 */
export const teamPoolSchema: Migration = {
  version: 10,
  name: 'team pool leads, team DNC sync',
  statements: [
    `CREATE TABLE team_pool_leads (
      lead_id INTEGER PRIMARY KEY REFERENCES leads(id),
      pool_lead_id TEXT NOT NULL UNIQUE,
      offer_id TEXT NOT NULL,
      -- Hub clock, epoch ms; the rep compares it with its estimate of the hub's time.
      claim_until INTEGER NOT NULL,
      received_at INTEGER NOT NULL,
      -- When the lead left this rep's queue: the hub took it back, or this rep's outcome released it.
      released_at INTEGER
    )`,
    `CREATE UNIQUE INDEX team_pool_leads_by_offer ON team_pool_leads(offer_id)`,
    // NULL: added here and not yet in the rep's outbox for the hub; 1: sent, or from the hub.
    `ALTER TABLE dnc ADD COLUMN team_shared INTEGER`,
    `CREATE INDEX dnc_unshared ON dnc(phone_e164) WHERE team_shared IS NULL`,
    `CREATE TABLE team_dnc_sync (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      cursor INTEGER NOT NULL
    )`,
  ],
};
