import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN_RULES } from '../../../shared/domain/campaign-rules';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { TeamCampaign } from '../../../shared/domain/team-campaign';
import type { TeamCampaignsMessage } from '../../../shared/floor/protocol';
import type { ViewerCommand, ViewerMessage } from '../../../shared/floor/viewer-protocol';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { ADAPTERS } from '../../support/hub-db-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { envelope, stateBody } from './support/floor-events';
import { useHubPlaces, type HubPlace } from './support/hub-place';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

type Result = Extract<ViewerMessage, { type: 'result' }>;
type Command = ViewerCommand extends infer C
  ? C extends ViewerCommand
    ? Omit<C, 'requestId'>
    : never
  : never;

let place: HubPlace;
let hub: Hub;
const cleanups: (() => Promise<void> | void)[] = [];

/** A supervisor client on /floor that sends commands and waits for each one's result. */
async function supervisorOn(target: Hub) {
  const socket = await RawSocket.open(target.url, '/floor', {
    authorization: `Bearer ${TEAM_TOKEN}`,
  });
  if (!(socket instanceof RawSocket)) throw new Error(`refused with ${socket.refused}`);
  cleanups.push(() => socket.close().then(() => undefined));
  let requestId = 0;
  return async (command: Command): Promise<Result> => {
    requestId += 1;
    socket.send({ ...command, requestId });
    for (;;) {
      const message = await socket.next<ViewerMessage>();
      if (message.type === 'result' && message.requestId === requestId) return message;
    }
  };
}

/** A rep whose app follows team campaigns, saying the version it holds. */
async function repOn(target: Hub, repId: string, campaignsVersion?: number) {
  const socket = await RawSocket.rep(target.url, repId, deriveRepKey(TEAM_TOKEN, repId));
  cleanups.push(() => socket.close().then(() => undefined));
  socket.send({
    type: 'hello',
    protocol: 1,
    repId,
    repName: repId,
    timeZone: 'UTC',
    streamId: `stream-${repId}`,
    ...(campaignsVersion === undefined ? {} : { campaignsVersion }),
  });
  expect(await socket.next()).toMatchObject({ type: 'welcome' });
  return socket;
}

const nextCampaigns = async (socket: RawSocket) => {
  for (;;) {
    const message = await socket.next<{ type: string }>();
    if (message.type === 'team-campaigns') return message as TeamCampaignsMessage;
  }
};

const valueOf = <T>(result: Result): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
};

describe.each(ADAPTERS)('team campaigns on the hub (%s database)', (kind) => {
  const places = useHubPlaces(kind);
  beforeEach(async () => {
    place = await places.create('dialdeck-hub-campaigns-');
    ({ hub } = await startTestHub(place.dataDir, { databaseUrl: place.databaseUrl }));
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await hub.close();
    await place.remove();
  });

  it('has the "Web leads" campaign from the start, with the default rules, script and outcomes', async () => {
    const command = await supervisorOn(hub);
    const listed = valueOf<TeamCampaign[]>(await command({ type: 'list-team-campaigns' }));
    expect(listed).toEqual([
      {
        id: 'web-leads',
        name: 'Web leads',
        rules: DEFAULT_CAMPAIGN_RULES,
        script: '',
        dispositions: DEFAULT_DISPOSITIONS,
        claimMinutes: 3,
        repIds: null,
        version: 1,
        updatedAt: 0,
        updatedBy: 'hub',
      },
    ]);
  });

  it('keeps the claim time and the reps who work a campaign, Everyone again with null, and refuses bad ones', async () => {
    const command = await supervisorOn(hub);
    const [web] = valueOf<TeamCampaign[]>(await command({ type: 'list-team-campaigns' }));
    const update = (patch: object, version: number) =>
      command({ type: 'update-team-campaign', campaignId: 'web-leads', version, patch, by: 'Sam' });

    const narrowed = valueOf<TeamCampaign>(
      await update({ claimMinutes: 5, repIds: ['ana', 'bob', 'ana'] }, web!.version),
    );
    expect(narrowed).toMatchObject({ claimMinutes: 5, repIds: ['ana', 'bob'] });
    expect(
      await place.query('SELECT claim_minutes, rep_ids FROM team_campaigns WHERE id = $1', [
        'web-leads',
      ]),
    ).toEqual([{ claim_minutes: 5, rep_ids: ['ana', 'bob'] }]);

    expect(await update({ claimMinutes: 0 }, narrowed.version)).toMatchObject({
      ok: false,
      error: 'The claim time is invalid: the claim time is at least 1 minute.',
    });
    expect(await update({ claimMinutes: 2.5 }, narrowed.version)).toMatchObject({
      ok: false,
      error: 'The claim time is invalid: the claim time is whole minutes.',
    });
    expect(await update({ repIds: [] }, narrowed.version)).toMatchObject({
      ok: false,
      error: 'The reps who work the campaign are invalid: choose at least one rep, or Everyone.',
    });

    const everyone = valueOf<TeamCampaign>(await update({ repIds: null }, narrowed.version));
    expect(everyone).toMatchObject({ claimMinutes: 5, repIds: null });
  });

  it('sends a following rep every campaign after welcome, and again after each change', async () => {
    const command = await supervisorOn(hub);
    const rep = await repOn(hub, 'ana', 0);
    expect((await nextCampaigns(rep)).campaigns.map((c) => c.id)).toEqual(['web-leads']);

    const created = valueOf<TeamCampaign>(
      await command({ type: 'create-team-campaign', name: 'Solar — Spring', by: 'Sam' }),
    );
    expect(created).toMatchObject({ id: 'solar-spring', name: 'Solar — Spring', updatedBy: 'Sam' });
    const afterCreate = await nextCampaigns(rep);
    expect(afterCreate.campaigns.map((c) => c.id)).toEqual(['solar-spring', 'web-leads']);
    expect(afterCreate.version).toBe(created.version);

    const edited = valueOf<TeamCampaign>(
      await command({
        type: 'update-team-campaign',
        campaignId: 'solar-spring',
        version: created.version,
        patch: {
          rules: { speedToLead: { slaMinutes: 15, atRiskMinutes: 5 } },
          script: 'Hi {{firstName}}, about your solar quote…',
          dispositions: [
            ...DEFAULT_DISPOSITIONS.filter((d) => d.code !== 'interested'),
            {
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
            },
          ],
        },
        by: 'Sam',
      }),
    );
    expect(edited.rules.speedToLead).toEqual({ slaMinutes: 15, atRiskMinutes: 5 });
    expect(edited.rules.callingWindow).toEqual(DEFAULT_CAMPAIGN_RULES.callingWindow);
    expect(edited.version).toBeGreaterThan(created.version);
    const afterEdit = await nextCampaigns(rep);
    expect(afterEdit.version).toBe(edited.version);
    const solar = afterEdit.campaigns.find((c) => c.id === 'solar-spring');
    expect(solar?.script).toBe('Hi {{firstName}}, about your solar quote…');
    expect(solar?.dispositions.find((d) => d.hotkey === '3')?.label).toBe('Site visit booked');
  });

  it('sends nothing to a rep that already holds the version, or whose app predates team campaigns', async () => {
    const command = await supervisorOn(hub);
    const [web] = valueOf<TeamCampaign[]>(await command({ type: 'list-team-campaigns' }));
    const upToDate = await repOn(hub, 'ana', web!.version);
    const old = await repOn(hub, 'ben');
    await command({ type: 'create-team-campaign', name: 'Referrals', by: 'Sam' });
    const pushed = await nextCampaigns(upToDate);
    expect(pushed.campaigns.map((c) => c.id)).toEqual(['referrals', 'web-leads']);
    // The change was pushed before its result came back: the old app's next message is an ack.
    const now = Date.now();
    old.event(envelope('ben', 1, stateBody('idle', now), now));
    expect(await old.next()).toEqual({ type: 'ack', upToSeq: 1 });
    upToDate.event(envelope('ana', 1, stateBody('idle', now), now));
    expect(await upToDate.next()).toEqual({ type: 'ack', upToSeq: 1 });
  });

  it('refuses bad rules, outcomes without no-answer and a stale version, changing nothing', async () => {
    const command = await supervisorOn(hub);
    const [web] = valueOf<TeamCampaign[]>(await command({ type: 'list-team-campaigns' }));
    const update = (patch: object, version = web!.version) =>
      command({ type: 'update-team-campaign', campaignId: 'web-leads', version, patch, by: 'Sam' });

    expect(await update({ rules: { callingWindow: { start: '07:00' } } })).toMatchObject({
      ok: false,
      error:
        'Campaign rules are invalid: callingWindow.start: 07:00 is earlier than 08:00: campaigns may only narrow the 08:00–21:00 window',
    });
    expect(
      await update({ dispositions: DEFAULT_DISPOSITIONS.filter((d) => d.code !== 'no-answer') }),
    ).toMatchObject({
      ok: false,
      error:
        'The outcomes are invalid: keep the "no-answer" outcome: the dialer records it for calls nobody answers',
    });
    expect(await update({ script: 'New script' }, web!.version + 100)).toMatchObject({
      ok: false,
      error:
        '"Web leads" was changed by hub while you edited it: reload it and make your change again.',
    });
    expect(
      await command({
        type: 'update-team-campaign',
        campaignId: 'nope',
        version: 1,
        patch: {},
        by: 'Sam',
      }),
    ).toMatchObject({ ok: false, error: 'There is no team campaign "nope".' });
    expect(valueOf<TeamCampaign[]>(await command({ type: 'list-team-campaigns' }))).toEqual([web]);
    const rows = await place.query<{ version: number; script: string }>(
      'SELECT version, script FROM team_campaigns',
    );
    expect(rows).toEqual([{ version: web!.version, script: '' }]);
  });
});

describe('team campaigns across hub nodes', () => {
  const places = useHubPlaces('server');
  beforeEach(async () => {
    place = await places.create('dialdeck-hub-campaigns-nodes-');
    ({ hub } = await startTestHub(place.dataDir, {
      databaseUrl: place.databaseUrl,
      nodeId: 'node-a',
    }));
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await hub.close();
    await place.remove();
  });

  it('pushes an edit made on one node to a rep connected to the other', async () => {
    const folder = makeTempDir('dialdeck-hub-campaigns-node-b-');
    const { hub: nodeB } = await startTestHub(folder.dir, {
      databaseUrl: place.databaseUrl,
      nodeId: 'node-b',
    });
    cleanups.push(async () => {
      await nodeB.close();
      folder.remove();
    });
    const rep = await repOn(nodeB, 'ana', 0);
    await nextCampaigns(rep);
    const command = await supervisorOn(hub);
    const [web] = valueOf<TeamCampaign[]>(await command({ type: 'list-team-campaigns' }));
    await command({
      type: 'update-team-campaign',
      campaignId: 'web-leads',
      version: web!.version,
      patch: { script: 'Edited on node A' },
      by: 'Sam',
    });
    const pushed = await nextCampaigns(rep);
    expect(pushed.campaigns[0]?.script).toBe('Edited on node A');
  });
});
