import path from 'node:path';
import tls from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import type { LogRecorder } from '../../support/log-recorder';
import { rawConnect, readUntilClosed, upgradeHead } from '../../support/raw-http';
import { makeTempDir } from '../../support/temp-dir';
import { envelope, stateBody } from './support/floor-events';
import { RawSocket } from './support/raw-socket';
import { selfSignedCert } from './support/self-signed';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

// Short for the tests, yet long enough that a busy machine still authenticates in time.
const AUTH_TIMEOUT_MS = 500;
const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');
const NOW = Date.now();

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
let log: LogRecorder;
beforeEach(() => {
  temp = makeTempDir('dialdeck-hub-deadline-');
});
afterEach(async () => {
  await hub.close();
  temp.remove();
});

// Each test has a few seconds at most: without the deadline Node would hold these for a minute
// (two over TLS).
describe('hub: a connection must authenticate within its deadline', () => {
  beforeEach(async () => {
    ({ hub, log } = await startTestHub(temp.dir, { authTimeoutMs: AUTH_TIMEOUT_MS }));
  });

  it('closes a connection that sends nothing, with 408, and logs it', async () => {
    const idle = await rawConnect(hub.port);
    expect(await readUntilClosed(idle)).toMatch(/^HTTP\/1\.1 408 /);
    expect(
      await log.until('hub closed a connection that did not authenticate in time'),
    ).toMatchObject({ level: 'warn', remote: '127.0.0.1' });
  }, 5_000);

  it('closes an upgrade whose request head never ends, credentials or not', async () => {
    const slow = await rawConnect(hub.port);
    slow.write(
      upgradeHead('/rep', { 'x-dialdeck-rep-id': 'ana', authorization: `Bearer ${anaKey}` }, false),
    );
    expect(await readUntilClosed(slow)).toMatch(/^HTTP\/1\.1 408 /);
    expect(log.text()).not.toContain(anaKey);
  }, 5_000);

  it('closes a rep socket that never says hello with 4400', async () => {
    const rep = await RawSocket.rep(hub.url, 'ana', anaKey);
    expect(await rep.closed).toEqual({
      code: 4400,
      reason: `No hello within ${AUTH_TIMEOUT_MS} ms.`,
    });
    expect(hub.floor.view().reps).toEqual([]);
  }, 5_000);

  it('leaves alone a rep that said hello and a supervisor: the deadline ends at authentication', async () => {
    const rep = await RawSocket.rep(hub.url, 'ana', anaKey);
    rep.hello('ana', 'stream-ana-1');
    expect(await rep.next()).toMatchObject({ type: 'welcome' });
    const supervisor = await RawSocket.open(hub.url, '/floor', {
      authorization: `Bearer ${TEAM_TOKEN}`,
    });
    if (!(supervisor instanceof RawSocket)) throw new Error('the supervisor was refused');
    expect(await supervisor.next()).toMatchObject({ type: 'floor' });

    // Opened after both, so its deadline passes after theirs would have.
    const idle = await rawConnect(hub.port);
    await readUntilClosed(idle);

    rep.event(envelope('ana', 1, stateBody('idle', NOW), NOW));
    await rep.ackedUpTo(1);
    expect(rep.ws.readyState).toBe(rep.ws.OPEN);
    expect(supervisor.ws.readyState).toBe(supervisor.ws.OPEN);
    await rep.close();
    await supervisor.close();
  }, 5_000);
});

describe('hub over TLS: the deadline covers the handshake too', () => {
  let cert: { cert: string; key: string };
  beforeEach(async () => {
    cert = selfSignedCert(temp.dir);
    ({ hub, log } = await startTestHub(path.join(temp.dir, 'hub'), {
      tls: cert,
      authTimeoutMs: AUTH_TIMEOUT_MS,
    }));
  });

  it('closes a connection that never starts the handshake', async () => {
    const silent = await rawConnect(hub.port);
    expect(await readUntilClosed(silent)).toBe('');
    expect(await log.until('hub TLS handshake failed')).toMatchObject({
      code: 'ERR_TLS_HANDSHAKE_TIMEOUT',
    });
  }, 5_000);

  it('closes a connection that says nothing after the handshake, with 408', async () => {
    const secure = tls.connect({ host: '127.0.0.1', port: hub.port, ca: cert.cert });
    secure.on('error', () => undefined);
    await new Promise<void>((resolve) => secure.once('secureConnect', () => resolve()));
    expect(await readUntilClosed(secure)).toMatch(/^HTTP\/1\.1 408 /);
  }, 5_000);
});
