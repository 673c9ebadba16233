import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../shared/clock';
import type { Lead } from '../../../shared/domain/lead';
import { isCallable } from '../../../electron/core/queue/callable';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import {
  openTimeZones,
  queueColumns,
  queueScans,
} from '../../../electron/core/queue/queue-columns';
import type { QueueScan } from '../../../electron/core/queue/queue-columns';
import { rankQueue } from '../../../electron/core/queue/queue-policy';
import { queueCaseArb } from './arbitraries';
import { at, makeLead } from './fixtures';

const rules = DEFAULT_CAMPAIGN_RULES;
const now = at('2026-03-10T15:00', 'America/Chicago');

describe('queueColumns', () => {
  it('persists the tier and the time each tier orders by', () => {
    const created = now - 30 * MINUTE_MS;
    expect(queueColumns(makeLead({ createdAt: created }), rules)).toEqual({
      queueTier: 2,
      queueDueAt: created,
    });
    expect(queueColumns(makeLead({ status: 'callback', callbackAt: now }), rules)).toEqual({
      queueTier: 1,
      queueDueAt: now,
    });
    expect(
      queueColumns(makeLead({ status: 'retry', attemptCount: 3, nextEligibleAt: now }), rules),
    ).toEqual({ queueTier: 5, queueDueAt: now });
  });

  it('leaves out of the index every lead that can never be offered', () => {
    expect(queueColumns(makeLead({ status: 'done' }), rules)).toBeNull();
    expect(queueColumns(makeLead({ status: 'dnc' }), rules)).toBeNull();
    expect(queueColumns(makeLead({ status: 'held' }), rules)).toBeNull();
    expect(queueColumns(makeLead({ timeZone: null }), rules)).toBeNull();
    expect(queueColumns(makeLead({ status: 'retry', attemptCount: 6 }), rules)).toBeNull();
    expect(queueColumns(makeLead({ status: 'callback', callbackAt: null }), rules)).toBeNull();
  });
});

describe('queueScans', () => {
  it('are the index ranges of the policy, in order', () => {
    const sla = now - 60 * MINUTE_MS;
    const scans = queueScans(now, rules);
    expect(scans.slice(0, 4)).toEqual([
      {
        tier: 'callback',
        queueTier: 1,
        dueAfter: null,
        dueAtOrBefore: now + 2 * MINUTE_MS,
        order: 'asc',
      },
      {
        tier: 'new-at-risk',
        queueTier: 2,
        dueAfter: sla,
        dueAtOrBefore: sla + 20 * MINUTE_MS,
        order: 'asc',
      },
      {
        tier: 'new',
        queueTier: 2,
        dueAfter: sla + 20 * MINUTE_MS,
        dueAtOrBefore: null,
        order: 'desc',
      },
      { tier: 'new-past-sla', queueTier: 2, dueAfter: null, dueAtOrBefore: sla, order: 'desc' },
    ]);
    expect(scans.slice(4).map((scan) => scan.queueTier)).toEqual([3, 4, 5, 6, 7]);
    expect(scans.slice(4).every((scan) => scan.dueAtOrBefore === now)).toBe(true);
  });

  it('return exactly what rankQueue returns, run per open zone like the store will', () => {
    fc.assert(
      fc.property(queueCaseArb, ({ now, rules, leads, dncList }) => {
        const dnc = (phone: string) => dncList.has(phone);
        const viaIndex = runScansLikeSqlite(leads, now, rules, dnc);
        const viaPolicy = rankQueue(leads, now, rules, dnc).map((r) => r.lead.id);
        expect(viaIndex).toEqual(viaPolicy);
      }),
      { numRuns: 400 },
    );
  });
});

/** What the store does: an index range scan per open zone and scan, merged, then isCallable. */
function runScansLikeSqlite(
  leads: readonly Lead[],
  now: number,
  rules: CampaignRules,
  dnc: (phone: string) => boolean,
): number[] {
  const rows = leads.flatMap((lead) => {
    const columns = queueColumns(lead, rules);
    return columns && lead.timeZone ? [{ lead, zone: lead.timeZone, ...columns }] : [];
  });
  const zones = openTimeZones(new Set(rows.map((row) => row.zone)), now, rules);
  const offered: number[] = [];
  for (const scan of queueScans(now, rules)) {
    const candidates = zones.flatMap((zone) =>
      rows.filter((row) => row.zone === zone && inScan(scan, row.queueTier, row.queueDueAt)),
    );
    const direction = scan.order === 'asc' ? 1 : -1;
    candidates.sort((a, b) => direction * (a.queueDueAt - b.queueDueAt || a.lead.id - b.lead.id));
    for (const { lead } of candidates) {
      if (isCallable(lead, now, rules, dnc).callable) offered.push(lead.id);
    }
  }
  return offered;
}

function inScan(scan: QueueScan, tier: number, dueAt: number): boolean {
  return (
    tier === scan.queueTier &&
    (scan.dueAfter === null || dueAt > scan.dueAfter) &&
    (scan.dueAtOrBefore === null || dueAt <= scan.dueAtOrBefore)
  );
}
