import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HubConnection,
  type HubConnectionStatus,
} from '../../../electron/core/floor/outbox/hub-connection';
import { MemoryOutbox } from '../../support/memory-outbox';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { makeTempDir } from '../../support/temp-dir';
import { stateBody, zoneAtMidday } from './support/floor-events';
import { selfSignedCert } from './support/self-signed';
import { SseReader } from './support/sse-reader';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
let cert: { cert: string; key: string };
const stops: (() => Promise<void>)[] = [];

// openssl issues the certificate (node:crypto cannot); npm test makes sure it is installed
// (scripts/test-tools.mjs), so this never skips.
describe('hub over TLS', () => {
  beforeEach(async () => {
    temp = makeTempDir('dialdeck-hub-tls-');
    cert = selfSignedCert(temp.dir);
    ({ hub } = await startTestHub(path.join(temp.dir, 'hub'), { tls: cert }));
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    await hub.close();
    temp.remove();
  });

  function rep(tls: { ca?: string }, onStatus?: (s: HubConnectionStatus) => void): HubConnection {
    const connection = new HubConnection({
      hubUrl: hub.url,
      repId: 'ana',
      repName: 'Ana',
      timeZone: zoneAtMidday(Date.now()),
      credential: { teamToken: TEAM_TOKEN },
      outbox: new MemoryOutbox(),
      tls,
      onStatus,
    });
    connection.start();
    stops.push(() => connection.stop());
    return connection;
  }

  it('serves https and wss; a rep trusting the certificate delivers', async () => {
    expect(hub.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ana = rep({ ca: cert.cert });
    await ana.delivered((await ana.publish(stateBody('dialing', Date.now()))).seq);
    expect(hub.floor.view().reps[0]).toMatchObject({ repId: 'ana', state: 'dialing' });

    const { reader, status } = await SseReader.open(
      hub.wallUrl.replace('/wall?', '/wall/events?'),
      cert.cert,
    );
    expect(status).toBe(200);
    expect(await reader.next()).toContain('data-testid="floor-row-ana"');
    reader.close();
  });

  it('refuses to deliver to a hub whose certificate the rep does not trust', async () => {
    const failed = new Promise<string | null>((resolve) =>
      rep({}, (status) => {
        if (status.state === 'waiting') resolve(status.lastError);
      }),
    );
    expect(await failed).toBe('Cannot reach the hub: self-signed certificate');
    expect(hub.floor.view().reps).toEqual([]);
  });
});
