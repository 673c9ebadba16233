import { afterEach, describe, expect, it } from 'vitest';
import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { AttemptRepository } from '../../../electron/core/dialing';
import { openInlineStore, sql, type Store } from '../../../electron/core/platform/store';
import { MyReports } from '../../../electron/core/reports';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { NO_SOURCE_LABEL, dayBuckets, type KpiReportQuery } from '../../../shared/reports';
import { seedLead } from '../../support/store-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { expectRow } from './expect-rows';
import { NEW_YORK_BY_REP } from './report-hand-figures';
import { CAMPAIGNS, FROM, LEADS, TEAM_ZONE, TO } from './week-fixture';
import { domainAttempts, stripOf } from './week-domain';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Ben's store: his two leads and three dials of the week, and one of Ana's that is not his. */
async function bensStore(): Promise<Store> {
  const folder = makeTempDir('dialdeck-my-week-');
  cleanups.push(folder.remove);
  const { store } = await openInlineStore({ dataDir: folder.dir });
  cleanups.push(() => store.close());
  for (const [id, name] of Object.entries(CAMPAIGNS)) {
    await store.write(CampaignRepository.ensureStatement({ id, name, createdAt: 0 }));
  }
  const attempts = domainAttempts();
  for (const lead of [LEADS.L3, LEADS.L4]) {
    const id = await seedLead(store, { campaignId: lead.campaign, createdAt: lead.createdAt });
    expect(id).toBe(lead.leadId);
    const first = attempts.find((a) => a.repId === 'ben' && a.leadId === id)!.startedAt;
    await store.write(
      sql`UPDATE leads SET first_attempt_at = ${first}, source = ${lead.source} WHERE id = ${id}`,
    );
  }
  for (const attempt of attempts.filter((a) => a.repId === 'ben' || a.id === 'A1')) {
    await store.write(AttemptRepository.saveWithOutcomeStatement(attempt));
  }
  return store;
}

const myReportsOn = (store: Store) =>
  new MyReports({
    store,
    rep: () => ({ repId: 'ben', repName: 'Ben', timeZone: TEAM_ZONE }),
    dispositions: () => DEFAULT_DISPOSITIONS,
    now: () => 7,
  });

const query = (period: KpiReportQuery['period'], breakdown: KpiReportQuery['breakdown']) => ({
  from: FROM,
  to: TO,
  period,
  breakdown,
});

describe("the rep's My week, from the local store (no hub)", () => {
  it("gives Ben's week as the hand figures, each day as that day's strip", async () => {
    const myWeek = myReportsOn(await bensStore());
    const week = await myWeek.report(query(null, null));
    const { period: _p, group: _g, groupLabel: _l, ...bens } = NEW_YORK_BY_REP[1]!;
    expectRow(week.totals, { ...bens, period: null, group: null, groupLabel: null });
    expect(week).toMatchObject({ timeZone: TEAM_ZONE, generatedAt: 7 });

    const byDay = await myWeek.report(query('day', null));
    const days = dayBuckets(FROM, TO, TEAM_ZONE);
    expect(byDay.rows.map((row) => row.period)).toEqual(days.map((day) => day.key));
    days.forEach((day, index) => {
      expect(byDay.rows[index], day.key!).toMatchObject(stripOf('ben', TEAM_ZONE, day.end - 1));
    });
  });

  it("breaks the week down by campaign, and by the leads' source", async () => {
    const myWeek = myReportsOn(await bensStore());
    const byCampaign = await myWeek.report(query(null, 'campaign'));
    expect(byCampaign.rows.map((row) => [row.groupLabel, row.dials, row.conversions])).toEqual([
      ['Inbound', 2, 1],
      ['Spring promo', 1, 0],
    ]);
    const bySource = await myWeek.report(query(null, 'source'));
    expect(
      bySource.rows
        .map((row) => [row.groupLabel, row.dials])
        .sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    ).toEqual([
      ['event', 1],
      ['web', 2],
    ]);
    expect(bySource.rows.map((row) => row.groupLabel)).not.toContain(NO_SOURCE_LABEL);
  });

  it('refuses a range it cannot answer, saying why', async () => {
    const myWeek = myReportsOn(await bensStore());
    await expect(myWeek.report({ ...query('day', null), to: '2026-03-01' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/backwards/),
    });
  });
});
