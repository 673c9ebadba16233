import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import type { LogRecorder } from '../../support/log-recorder';
import { rawConnect, rawExchange, upgradeHead } from '../../support/raw-http';
import { makeTempDir } from '../../support/temp-dir';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
let log: LogRecorder;
let uncaught: UncaughtRecord;
beforeEach(async () => {
  uncaught = recordUncaught();
  temp = makeTempDir('dialdeck-hub-errors-');
  ({ hub, log } = await startTestHub(temp.dir));
});
afterEach(async () => {
  uncaught.stop();
  await hub.close();
  temp.remove();
});

/** A rep still connects and is welcomed: the hub is still serving. */
async function stillServes(): Promise<void> {
  const rep = await RawSocket.rep(hub.url, 'ana', anaKey);
  rep.hello('ana', 'stream-ana-1');
  expect(await rep.next()).toMatchObject({ type: 'welcome', repId: 'ana' });
  await rep.close();
}

function badUtf8(path: string, headers: Record<string, string>): Promise<number> {
  const ws = new WebSocket(`${hub.url.replace('http', 'ws')}${path}`, { headers });
  ws.once('open', () => ws.send(Buffer.from([0x7b, 0xc0, 0x80, 0x7d]), { binary: false }));
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

describe('hub: one bad client never takes the hub down', () => {
  it('closes a rep or supervisor socket that sends invalid UTF-8 with 1007, and logs it', async () => {
    const repHeaders = { 'x-dialdeck-rep-id': 'ana', authorization: `Bearer ${anaKey}` };
    expect(await badUtf8('/rep', repHeaders)).toBe(1007);
    expect(await badUtf8('/floor', { authorization: `Bearer ${TEAM_TOKEN}` })).toBe(1007);

    expect(uncaught.errors).toEqual([]);
    await stillServes();
    expect(await log.until('rep socket error')).toMatchObject({ code: 'WS_ERR_INVALID_UTF8' });
    expect(await log.until('supervisor socket error')).toMatchObject({
      code: 'WS_ERR_INVALID_UTF8',
    });
    expect(log.text()).not.toContain(anaKey);
  });

  it('survives a client that resets the connection after being refused', async () => {
    const socket = await rawConnect(hub.port);
    socket.write(upgradeHead('/rep', { 'x-dialdeck-rep-id': 'ana', authorization: 'Bearer no' }));
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    socket.resetAndDestroy();

    await uncaught.race(log.until('hub connection error'));
    expect(uncaught.errors).toEqual([]);
    await stillServes();
  });

  it('answers 400 to a request whose address cannot be parsed, on a page or an upgrade', async () => {
    expect(
      await uncaught.race(
        rawExchange(hub.port, 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n', { halfClose: true }),
      ),
    ).toMatch(/^HTTP\/1\.1 400 /);
    expect(
      await uncaught.race(
        rawExchange(hub.port, upgradeHead('http://[', { authorization: `Bearer ${anaKey}` })),
      ),
    ).toMatch(/^HTTP\/1\.1 400 /);

    expect(uncaught.errors).toEqual([]);
    await stillServes();
  });

  it('answers 400 to bytes that are not HTTP, and logs it without what was sent', async () => {
    const answer = await rawExchange(
      hub.port,
      `NOT HTTP\r\nAuthorization: Bearer ${anaKey}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    // Logged before the answer was written.
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'hub refused a malformed request',
        code: expect.stringMatching(/^HPE_/),
      }),
    );
    expect(log.text()).not.toContain(anaKey);
    await stillServes();
  });
});
