import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupervisorClient } from '../../../../electron/core/floor/client/supervisor-client';
import { HubConnection } from '../../../../electron/core/floor/outbox/hub-connection';
import { MemoryOutbox } from '../../../support/memory-outbox';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { makeTempDir } from '../../../support/temp-dir';
import { stateBody, zoneAtMidday } from '../../hub/support/floor-events';
import { startTestHub, TEAM_TOKEN } from '../../hub/support/test-hub';

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
const stops: (() => Promise<void>)[] = [];

beforeEach(async () => {
  temp = makeTempDir('dialdeck-supervisor-');
  ({ hub } = await startTestHub(temp.dir));
});
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
  await hub.close();
  temp.remove();
});

function rep(repId: string): HubConnection {
  const connection = new HubConnection({
    hubUrl: hub.url,
    repId,
    repName: repId.toUpperCase(),
    timeZone: zoneAtMidday(Date.now()),
    credential: { teamToken: TEAM_TOKEN },
    outbox: new MemoryOutbox(),
  });
  connection.start();
  stops.push(() => connection.stop());
  return connection;
}

function supervisor(
  teamToken = TEAM_TOKEN,
  onConnection?: (connected: boolean, error: string | null) => void,
) {
  const client = new SupervisorClient({
    hubUrl: hub.url,
    teamToken,
    onConnection,
    backoff: { initialMs: 20, maxMs: 100 },
  });
  client.start();
  stops.push(() => client.stop());
  return client;
}

describe('SupervisorClient', () => {
  it('follows the floor as reps work, within the push interval', async () => {
    const client = supervisor();
    const ana = rep('ana');
    const bo = rep('bo');
    const sentAt = Date.now();
    await ana.publish(stateBody('connected', sentAt));
    await bo.publish(stateBody('paused', sentAt, { pauseCode: 'meeting' }));
    const view = await client.whenView((v) => v.reps.filter((r) => r.lastSeq === 1).length === 2);
    expect(view.reps.map((r) => [r.repId, r.connected, r.state, r.pauseCode])).toEqual([
      ['ana', true, 'connected', null],
      ['bo', true, 'paused', 'meeting'],
    ]);
    expect(view.team.byState).toMatchObject({ connected: 1, paused: 1, offline: 0 });
    expect(Date.now() - sentAt).toBeLessThan(2_000);
  });

  it('answers an escalation over the socket', async () => {
    const client = supervisor();
    const ana = rep('ana');
    await ana.publish({
      type: 'escalation',
      escalationId: 'esc-00000042',
      leadId: 3,
      attemptId: null,
      note: 'Legal threat',
    });
    await client.whenView((v) => v.escalations.length === 1);
    const reply = { kind: 'reply', text: 'Offer the 10% discount' } as const;
    expect(await client.answerEscalation('esc-00000042', reply, 'Sam')).toEqual({
      ok: true,
      value: undefined,
    });
    const view = await client.whenView((v) => v.escalations.length === 0);
    expect(view.escalations).toEqual([]);
    expect(await client.answerEscalation('esc-00000042', reply, 'Kim')).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The escalation was already answered by Sam.' },
    });
  });

  it('lists, creates and edits team campaigns on the hub it follows', async () => {
    const client = supervisor();
    await client.whenView(() => true);
    const created = await client.createTeamCampaign('Referrals', 'Sam');
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({ id: 'referrals', name: 'Referrals', updatedBy: 'Sam' });
    const edited = await client.updateTeamCampaign(
      'referrals',
      created.value.version,
      { script: 'Who referred you?' },
      'Sam',
    );
    expect(edited).toMatchObject({ ok: true, value: { script: 'Who referred you?' } });
    expect(
      await client.updateTeamCampaign('referrals', created.value.version, { script: 'x' }, 'Kim'),
    ).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '"Referrals" was changed by Sam while you edited it: reload it and make your change again.',
      },
    });
    const listed = await client.teamCampaigns();
    expect(listed.ok && listed.value.map((c) => [c.id, c.script])).toEqual([
      ['referrals', 'Who referred you?'],
      ['web-leads', ''],
    ]);
  });

  it('is refused with a wrong token', async () => {
    const refused = new Promise<string | null>((resolve) =>
      supervisor('wrong-token-wrong-token', (connected, error) => {
        if (!connected) resolve(error);
      }),
    );
    expect(await refused).toBe('Unexpected server response: 403');
  });
});
