import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../../shared/clock';
import { HUB_SCHEMA, migrate, type HubDatabase } from '../../../../electron/hub/db';
import {
  countNumberAttempts,
  lastOtherDialByLead,
  numberDialsSince,
} from '../../../../electron/hub/pool/claims/number-attempts';
import { ADAPTERS, useHubDatabases } from '../../../support/hub-db-fixture';

const NOW = Date.UTC(2026, 11, 7, 17, 0, 0);
const MIAMI = '+13055550101';
const DENVER = '+13035550102';

async function addLead(db: HubDatabase, id: string, campaignId: string, phone: string) {
  await db.query(
    `INSERT INTO pool_leads (id, campaign_id, phone_e164, created_at, arrived_at, status)
     VALUES ($1, $2, $3, $4, $4, 'retry')`,
    [id, campaignId, phone, NOW - 48 * HOUR_MS],
  );
}

async function addDial(db: HubDatabase, attemptId: string, leadId: string, startedAt: number) {
  await db.query(
    `INSERT INTO pool_attempts (attempt_id, lead_id, rep_id, started_at, outcome_code, recorded_at)
     VALUES ($1, $2, 'ana', $3, 'no-answer', $3)`,
    [attemptId, leadId, startedAt],
  );
}

describe.each(ADAPTERS)("the team's dials of a number (%s database)", (kind) => {
  const fixture = useHubDatabases(kind);

  it('counts every dial of the number on any lead in any campaign, inside the window only', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    await addLead(db, 'web-1', 'web-leads', MIAMI);
    await addLead(db, 'fair-1', 'trade-show', MIAMI);
    await addLead(db, 'web-2', 'web-leads', DENVER);
    await addDial(db, 'a-1', 'web-1', NOW - 30 * HOUR_MS); // outside 24 h
    await addDial(db, 'a-2', 'web-1', NOW - 20 * HOUR_MS);
    await addDial(db, 'a-3', 'fair-1', NOW - 2 * HOUR_MS);
    await addDial(db, 'a-4', 'fair-1', NOW - HOUR_MS);
    await addDial(db, 'a-5', 'web-2', NOW - HOUR_MS);

    const dials = await numberDialsSince(
      db,
      [
        { phoneE164: MIAMI },
        { phoneE164: MIAMI },
        { phoneE164: DENVER },
        { phoneE164: '+12125550100' },
      ],
      NOW - 24 * HOUR_MS,
    );
    expect(
      new Map([...dials].map(([phone, at]) => [phone, [...at].sort((a, b) => a - b)])),
    ).toEqual(
      new Map([
        [MIAMI, [NOW - 20 * HOUR_MS, NOW - 2 * HOUR_MS, NOW - HOUR_MS]],
        [DENVER, [NOW - HOUR_MS]],
      ]),
    );
    expect(await countNumberAttempts(db, MIAMI, NOW - 24 * HOUR_MS)).toEqual({
      phoneE164: MIAMI,
      count: 3,
      lastAt: NOW - HOUR_MS,
    });
    // A lead's own dials are its cadence's business: only the other lead's count here.
    expect(
      await lastOtherDialByLead(db, [
        { id: 'web-1', phoneE164: MIAMI },
        { id: 'web-2', phoneE164: DENVER },
      ]),
    ).toEqual(new Map([['web-1', NOW - HOUR_MS]]));
    expect(await numberDialsSince(db, [], NOW)).toEqual(new Map());
  });
});
