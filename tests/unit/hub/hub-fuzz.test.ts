import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FLOOR_MESSAGE_BYTES } from '../../../shared/floor/protocol';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { rawExchange, upgradeHead } from '../../support/raw-http';
import { RawWsClient } from '../../support/raw-ws';
import { makeTempDir } from '../../support/temp-dir';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';
import {
  frameCaseArb,
  frameCaseWrites,
  mangledRequestArb,
} from '../../support/ws-frame-arbitraries';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

const RUNS = { numRuns: 100 };

const ROUTES = {
  rep: {
    path: '/rep',
    headers: {
      'x-dialdeck-rep-id': 'fuzz',
      authorization: `Bearer ${deriveRepKey(TEAM_TOKEN, 'fuzz')}`,
    },
    wellFormed: [
      '{"type":"hello","protocol":1,"repId":"fuzz","repName":"Fuzz","timeZone":"UTC","streamId":"stream-fuzz-1"}',
      '{"type":"hello","protocol":1,"repId":"ana","repName":"Ana","timeZone":"UTC","streamId":"stream-ana-9"}',
      '{"type":"ack","upToSeq":1}',
      '{}',
    ],
  },
  floor: {
    path: '/floor',
    headers: { authorization: `Bearer ${TEAM_TOKEN}` },
    wellFormed: [
      '{"type":"acknowledge-alert","requestId":1,"alertId":"no-such-alert","by":"fuzz"}',
      '{"type":"acknowledge-escalation","requestId":2,"escalationId":"nope","by":"fuzz"}',
      '{"type":"floor"}',
      'null',
    ],
  },
} as const;

const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
let uncaught: UncaughtRecord;
beforeAll(async () => {
  uncaught = recordUncaught();
  temp = makeTempDir('dialdeck-hub-fuzz-');
  ({ hub } = await startTestHub(temp.dir));
});
afterAll(async () => {
  uncaught.stop();
  await hub.close();
  temp.remove();
});

async function repIsWelcomed(): Promise<void> {
  const rep = await RawSocket.rep(hub.url, 'ana', anaKey);
  rep.hello('ana', 'stream-ana-1');
  expect(await rep.next()).toMatchObject({ type: 'welcome', repId: 'ana' });
  await rep.close();
}

/** Runs one case; then nothing was uncaught and a rep still connects and is welcomed. */
async function survives(sendCase: () => Promise<void>): Promise<void> {
  const before = uncaught.errors.length;
  await uncaught.race(sendCase());
  expect(uncaught.errors.slice(before)).toEqual([]);
  await uncaught.race(repIsWelcomed());
}

describe('hub under random input', () => {
  for (const [name, route] of Object.entries(ROUTES)) {
    it(`survives random frames on an authenticated ${name} socket: a rep is welcomed after each`, async () => {
      await fc.assert(
        fc.asyncProperty(
          frameCaseArb({ maxPayload: MAX_FLOOR_MESSAGE_BYTES, wellFormed: route.wellFormed }),
          (frameCase) =>
            survives(async () => {
              const client = await RawWsClient.open(hub.port, route.path, route.headers);
              for (const bytes of frameCaseWrites(frameCase)) client.write(bytes);
              await client.finish();
            }),
        ),
        RUNS,
      );
    });
  }

  it('survives random bytes in place of a request or inside an upgrade', async () => {
    const upgrade = upgradeHead(ROUTES.rep.path, ROUTES.rep.headers);
    await fc.assert(
      fc.asyncProperty(mangledRequestArb(upgrade), (bytes) =>
        survives(async () => {
          await rawExchange(hub.port, bytes, { halfClose: true });
        }),
      ),
      { numRuns: 50 },
    );
  });
});
