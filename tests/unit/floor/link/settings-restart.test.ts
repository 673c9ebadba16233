import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { startTestHub } from '../../hub/support/test-hub';
import { START, advanceUntil, linkStatus, startRepCore, statusReached } from './support/rep-core';

describe('the floor link follows the settings', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let hubs: Hub[];
  let drive: CoreDriver | null;

  beforeEach(() => {
    temp = makeTempDir('dialdeck-floor-settings-');
    clock = new ManualClock(START);
    hubs = [];
    drive = null;
  });
  afterEach(async () => {
    await drive?.core.close();
    await Promise.all(hubs.map((hub) => hub.close()));
    temp.remove();
  });

  async function hub(name: string): Promise<Hub> {
    const { hub: started } = await startTestHub(path.join(temp.dir, name), { clock });
    hubs.push(started);
    return started;
  }
  const rowOn = (on: Hub, repId: string) => on.floor.view().reps.find((r) => r.repId === repId);

  it('restarts the connection when the hub address, token or role changes', async () => {
    const [first, second] = [await hub('hub-a'), await hub('hub-b')];
    drive = await startRepCore(path.join(temp.dir, 'ben'), clock, {
      repId: 'ben',
      hubUrl: first.url,
    });
    const rep = drive;
    await advanceUntil(clock, () => rowOn(first, 'ben')?.state === 'idle', 'ben on hub A');
    await advanceUntil(clock, () => linkStatus(rep).state === 'connected', 'welcomed by A');
    expect(linkStatus(rep)).toMatchObject({ mode: 'rep', hubUrl: first.url });

    await rep.call('settings.update', { hubUrl: second.url });
    await advanceUntil(clock, () => rowOn(first, 'ben')?.connected === false, 'ben left hub A');
    await advanceUntil(clock, () => rowOn(second, 'ben')?.connected === true, 'ben on hub B');
    await advanceUntil(clock, () => linkStatus(rep).state === 'connected', 'welcomed by B');
    expect(linkStatus(rep)).toMatchObject({ hubUrl: second.url, lastError: null });
    // What happens from now on reaches the new hub.
    await rep.call('session.pause', 'meeting');
    await advanceUntil(clock, () => rowOn(second, 'ben')?.pauseCode === 'meeting', 'pause on B');
    expect(rowOn(first, 'ben')?.pauseCode).toBeNull();

    await rep.call('settings.setSecret', 'hubToken', 'a-token-the-hub-does-not-know-1234');
    await advanceUntil(clock, () => linkStatus(rep).state === 'offline', 'refused by hub B');
    expect(linkStatus(rep).lastError).toMatch(/refused this rep's credentials/);

    await rep.call('settings.update', { hubUrl: null });
    expect(linkStatus(rep)).toMatchObject({ mode: 'off', state: 'off', lastError: null });
    expect(await rep.refused('floor.escalate', 'Help')).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/No team hub is set up/),
    });

    const statuses = rep.payloads('floor.statusChanged');
    expect(statuses.map((s) => `${s.mode}:${s.state}`)).toEqual(
      expect.arrayContaining(['rep:connected', 'rep:offline', 'off:off']),
    );
  });

  it('turns a rep into a supervisor hosting the hub, with a new team token', async () => {
    drive = await startRepCore(path.join(temp.dir, 'sam'), clock, {
      repId: 'sam',
      hubUrl: null,
      secrets: {},
      settings: { hubPort: 0 },
    });
    const app = drive;
    expect(linkStatus(app).mode).toBe('off');
    const settings = await app.call('settings.update', { role: 'supervisor' });
    expect(settings.secretsSet.hubToken).toBe(true);
    const status = await statusReached(app, (s) => s.state !== 'connecting');
    expect(status).toMatchObject({ mode: 'host', state: 'connected', lanUrls: [] });
    expect(status.hubUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(status.wallUrl).toMatch(/\/wall\?token=[A-Za-z0-9_-]{24,}$/);
    expect(await app.call('floor.view')).toMatchObject({ reps: [], alerts: [] });
    // The wall screen has its own read-only token, never the team token it was given.
    const teamToken = app.core.settings.getSecret('hubToken');
    expect(teamToken).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    expect(decodeURIComponent(status.wallUrl?.split('token=')[1] ?? '')).not.toBe(teamToken);
    expect(await app.call('floor.wallTokens')).toEqual([
      expect.objectContaining({ label: 'Wall screen', url: status.wallUrl, revokedAt: null }),
    ]);
  });
});
