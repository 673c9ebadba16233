import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/core/platform/store';
import { DEFAULT_CAMPAIGN_RULES } from '../../../../shared/domain/campaign-rules';
import type { Campaign } from '../../../../shared/domain/campaign';
import { DEFAULT_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import type { TeamCampaign } from '../../../../shared/domain/team-campaign';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { START, advanceUntil, statusReached } from '../../floor/link/support/rep-core';
import { ScriptedHub } from '../support/scripted-hub';
import { offerOfAnn, poolLead, startPoolRep } from '../support/pool-rep';

const siteVisit: Disposition = {
  code: 'site-visit',
  label: 'Site visit booked',
  hotkey: '3',
  flags: {
    contact: true,
    conversion: true,
    final: true,
    dnc: false,
    callback: false,
    retry: false,
  },
  retryAfterMinutes: null,
};

const solar = (over: Partial<TeamCampaign> = {}): TeamCampaign => ({
  id: 'solar',
  name: 'Solar',
  rules: { ...DEFAULT_CAMPAIGN_RULES, speedToLead: { slaMinutes: 15, atRiskMinutes: 5 } },
  script: 'Hi {{firstName}}, about your solar quote…',
  dispositions: [...DEFAULT_DISPOSITIONS.filter((d) => d.hotkey !== '3'), siteVisit],
  claimMinutes: 3,
  repIds: null,
  version: 4,
  updatedAt: START - 60_000,
  updatedBy: 'Sam',
  ...over,
});

describe('team campaigns on the rep side', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let hub: ScriptedHub;
  let drive: CoreDriver;
  let clock: ManualClock;

  beforeEach(async () => {
    temp = makeTempDir('dialdeck-team-campaigns-');
    hub = await ScriptedHub.start();
    clock = new ManualClock(START);
    drive = await startPoolRep(path.join(temp.dir, 'ana'), clock, 'ana', hub.url);
    await statusReached(drive, (status) => status.state === 'connected');
  });
  afterEach(async () => {
    await drive.core.close();
    await hub.close();
    temp.remove();
  });

  /** Resolves with the campaign list the core announces once the team's campaign is in it. */
  function listedWith(id: string, version: number): Promise<Campaign[]> {
    return new Promise((resolve) => {
      const off = drive.core.events.subscribe((event, payload) => {
        if (event !== 'campaigns.changed') return;
        const list = payload as Campaign[];
        if (list.some((c) => c.id === id && c.team?.version === version)) {
          off();
          resolve(list);
        }
      });
    });
  }

  const storedOutcomes = (campaignId: string) =>
    drive.core.store.all<{ code: string; hotkey: string | null }>(
      sql`SELECT code, hotkey FROM dispositions WHERE campaign_id = ${campaignId} ORDER BY position`,
    );

  it('mirrors the team campaigns with their rules, script and outcomes, and says their version in hello', async () => {
    expect(await hub.next('hello')).toMatchObject({ campaignsVersion: 0 });
    const listed = listedWith('solar', 4);
    hub.send({ type: 'team-campaigns', campaigns: [solar()], version: 4 });
    const list = await listed;

    expect(list.find((c) => c.id === 'solar')).toMatchObject({
      name: 'Solar',
      rules: { speedToLead: { slaMinutes: 15, atRiskMinutes: 5 } },
      rulesProblem: null,
      scriptMarkdown: 'Hi {{firstName}}, about your solar quote…',
      team: { version: 4, updatedBy: 'Sam' },
    });
    expect(await drive.call('scripts.forCampaign', 'solar')).toEqual({
      campaignId: 'solar',
      markdown: 'Hi {{firstName}}, about your solar quote…',
    });
    expect((await storedOutcomes('solar')).find((d) => d.hotkey === '3')).toEqual({
      code: 'site-visit',
      hotkey: '3',
    });

    hub.disconnect();
    await advanceUntil(
      clock,
      () => hub.received.some((m) => m.type === 'hello'),
      'the rep says hello again',
    );
    expect(await hub.next('hello')).toMatchObject({ campaignsVersion: 4 });
  });

  it('takes only newer versions, and requeues leads when the number of dials changes', async () => {
    await hub.next('hello');
    const first = listedWith('solar', 4);
    hub.send({ type: 'team-campaigns', campaigns: [solar()], version: 4 });
    await first;
    const now = START;
    await drive.core.store.write(
      sql`INSERT INTO leads (campaign_id, phone_e164, created_at, imported_at, time_zone, status,
            attempt_count, queue_tier, queue_due_at)
          VALUES ('solar', '+13125550123', ${now}, ${now}, 'America/Chicago', 'retry', 3, 4, 0)`,
    );

    const older = solar({ version: 3, script: 'An older script' });
    hub.send({ type: 'team-campaigns', campaigns: [older], version: 3 });
    const fewerDials = solar({
      version: 9,
      rules: {
        ...DEFAULT_CAMPAIGN_RULES,
        cadence: { ...DEFAULT_CAMPAIGN_RULES.cadence, maxAttempts: 3 },
      },
    });
    const second = listedWith('solar', 9);
    hub.send({ type: 'team-campaigns', campaigns: [fewerDials], version: 9 });
    const list = await second;
    expect(list.find((c) => c.id === 'solar')?.scriptMarkdown).toBe(
      'Hi {{firstName}}, about your solar quote…',
    );
    const lead = await drive.core.store.get<{ queue_tier: number | null }>(
      sql`SELECT queue_tier FROM leads WHERE phone_e164 = '+13125550123'`,
    );
    expect(lead).toEqual({ queue_tier: null });
  });

  it("refuses any edit of a team campaign, and leaves the rep's own campaigns editable", async () => {
    await hub.next('hello');
    const listed = listedWith('solar', 4);
    hub.send({ type: 'team-campaigns', campaigns: [solar()], version: 4 });
    await listed;

    for (const patch of [{ name: 'Mine' }, { rules: {} }, { scriptMarkdown: 'x' }]) {
      expect(await drive.refused('campaigns.update', 'solar', patch)).toEqual({
        code: 'forbidden',
        message:
          '"Solar" is a team campaign: its rules, script and outcomes are set by your supervisor on the team hub. Ask your supervisor to change them.',
      });
    }
    expect((await storedOutcomes('solar')).map((d) => d.code)).toEqual(
      solar().dispositions.map((d) => d.code),
    );
    const own = await drive.call('campaigns.create', 'My list');
    expect(own.team).toBeNull();
    expect(
      (await drive.call('campaigns.update', own.id, { scriptMarkdown: 'Mine' })).scriptMarkdown,
    ).toBe('Mine');
  });

  it("gives a team campaign's leads its own outcome keys", async () => {
    await hub.next('hello');
    const listed = listedWith('solar', 4);
    hub.send({ type: 'team-campaigns', campaigns: [solar()], version: 4 });
    await listed;
    await drive.core.session.settled();
    expect((await drive.call('dispositions.byCampaign')).solar?.map((d) => d.code)).toEqual(
      solar().dispositions.map((d) => d.code),
    );
    // A lead the team pool gives the rep in that campaign.
    const offer = offerOfAnn(1, { lead: poolLead({ campaignId: 'solar' }) });
    hub.send(offer);
    await hub.next('pool-received', (m) => m.offerId === offer.offerId);
    hub.dialAnswer = { ok: true };

    await drive.call('session.start');
    const onCall = await drive.advanceUntil('connected');
    expect(onCall.offer?.lead.campaignId).toBe('solar');
    await drive.call('session.hangup');
    expect(await drive.refused('session.selectOutcome', 'interested')).toEqual({
      code: 'invalid-argument',
      message: 'There is no outcome "interested" in this campaign.',
    });
    await drive.call('session.selectOutcome', 'site-visit');
    await drive.call('session.confirm');
    await drive.core.session.settled();
    expect(await drive.core.store.all(sql`SELECT outcome_code FROM attempts`)).toEqual([
      { outcome_code: 'site-visit' },
    ]);
  });
});
