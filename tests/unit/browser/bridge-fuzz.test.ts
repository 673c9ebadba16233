import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../electron/browser/bridge-protocol';
import { rawExchange, upgradeHead } from '../../support/raw-http';
import { RawWsClient } from '../../support/raw-ws';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';
import {
  frameCaseArb,
  frameCaseWrites,
  mangledRequestArb,
} from '../../support/ws-frame-arbitraries';
import { startTestBridge, stillServes, type TestBridge } from './support/test-bridge';

const RUNS = { numRuns: 100 };

const WELL_FORMED = [
  '{"type":"call","id":1,"method":"app.info","args":[]}',
  '{"type":"call","id":2,"method":"no.such.method","args":[]}',
  '{"type":"call","id":3}',
  '[]',
];

let bridge: TestBridge;
let uncaught: UncaughtRecord;
beforeAll(async () => {
  uncaught = recordUncaught();
  bridge = await startTestBridge();
});
afterAll(async () => {
  uncaught.stop();
  await bridge.stop();
});

/** Runs one case; then nothing was uncaught and a fresh client is answered. */
async function survives(sendCase: () => Promise<void>): Promise<void> {
  const before = uncaught.errors.length;
  await uncaught.race(sendCase());
  expect(uncaught.errors.slice(before)).toEqual([]);
  expect(await uncaught.race(stillServes(bridge))).toMatchObject({
    ok: true,
    value: { mode: 'browser' },
  });
}

describe('browser bridge under random input', () => {
  it('survives random frames on an open bridge socket: a fresh client is answered after each', async () => {
    await fc.assert(
      fc.asyncProperty(
        frameCaseArb({ maxPayload: MAX_MESSAGE_BYTES, wellFormed: WELL_FORMED }),
        (frameCase) =>
          survives(async () => {
            const client = await RawWsClient.open(
              bridge.server.port,
              `/bridge?token=${bridge.token}`,
              { Origin: bridge.origin },
            );
            for (const bytes of frameCaseWrites(frameCase)) client.write(bytes);
            await client.finish();
          }),
      ),
      RUNS,
    );
  });

  it('survives random bytes in place of a request or inside an upgrade', async () => {
    const upgrade = upgradeHead(`/bridge?token=${bridge.token}`, { Origin: bridge.origin });
    await fc.assert(
      fc.asyncProperty(mangledRequestArb(upgrade), (bytes) =>
        survives(async () => {
          await rawExchange(bridge.server.port, bytes, { halfClose: true });
        }),
      ),
      { numRuns: 50 },
    );
  });
});
