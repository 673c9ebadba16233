import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { makeTempDir } from '../../support/temp-dir';
import { envelope, stateBody } from './support/floor-events';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN, type LogLine } from './support/test-hub';

const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');
const NOW = Date.now();

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
let logs: LogLine[];
beforeEach(async () => {
  temp = makeTempDir('dialdeck-hub-auth-');
  ({ hub, logs } = await startTestHub(temp.dir));
});
afterEach(async () => {
  await hub.close();
  temp.remove();
});

const refusals = () => logs.filter((line) => line.message.startsWith('hub refused'));

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('hub authentication', () => {
  it('refuses a rep socket with no token, and logs it', async () => {
    expect(await RawSocket.open(hub.url, '/rep', { 'x-dialdeck-rep-id': 'ana' })).toEqual({
      refused: 401,
    });
    expect(refusals()).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'hub refused a connection',
        reason: 'no credentials',
        repId: 'ana',
      }),
    ]);
  });

  it('refuses a wrong key, the team token itself, and another rep’s key', async () => {
    const rep = (repId: string, key: string) =>
      RawSocket.open(hub.url, '/rep', {
        'x-dialdeck-rep-id': repId,
        authorization: `Bearer ${key}`,
      });
    expect(await rep('ana', 'not-the-key')).toEqual({ refused: 403 });
    expect(await rep('ana', TEAM_TOKEN)).toEqual({ refused: 403 });
    expect(await rep('bo', anaKey)).toEqual({ refused: 403 });
    expect(refusals().map((line) => [line.reason, line.repId])).toEqual([
      ['wrong rep key', 'ana'],
      ['wrong rep key', 'ana'],
      ['wrong rep key', 'bo'],
    ]);
    // The token never reaches the log, even in a refusal.
    expect(JSON.stringify(logs)).not.toContain(TEAM_TOKEN);
  });

  it('refuses supervisor sockets without the team token and the wall screen without a wall token', async () => {
    expect(await RawSocket.open(hub.url, '/floor', {})).toEqual({ refused: 401 });
    expect(await RawSocket.open(hub.url, '/floor', { authorization: `Bearer ${anaKey}` })).toEqual({
      refused: 403,
    });
    expect(await httpStatus(`${hub.url}/wall`)).toBe(401);
    expect(await httpStatus(`${hub.url}/wall?token=wrong`)).toBe(401);
    expect(await httpStatus(`${hub.url}/wall/events`)).toBe(401);
    expect(await httpStatus(`${hub.url}/wall?token=${TEAM_TOKEN}`)).toBe(401);
    expect(await httpStatus(hub.wallUrl)).toBe(200);
    expect(refusals().map((line) => line.reason)).toEqual([
      'no credentials',
      'wrong token',
      'unknown',
      'unknown',
      'unknown',
      'team-token',
    ]);
  });

  it('lets a rep say hello only as itself', async () => {
    const socket = await RawSocket.rep(hub.url, 'ana', anaKey);
    socket.hello('bo', 'stream-ana-1');
    expect(await socket.closed).toEqual({
      code: 4403,
      reason: 'This connection may only publish as ana.',
    });
    expect(refusals()).toEqual([expect.objectContaining({ repId: 'ana', claimed: 'bo' })]);
  });

  it('lets a rep publish only as itself: an event for another rep closes the socket and is not stored', async () => {
    const socket = await RawSocket.rep(hub.url, 'ana', anaKey);
    socket.hello('ana', 'stream-ana-1');
    expect(await socket.next()).toEqual({
      type: 'welcome',
      repId: 'ana',
      streamId: 'stream-ana-1',
      ackedSeq: 0,
    });
    socket.event(envelope('bo', 1, stateBody('paused', NOW, { pauseCode: 'break' }), NOW));
    expect((await socket.closed).code).toBe(4403);
    expect(refusals()).toEqual([expect.objectContaining({ repId: 'ana', claimed: 'bo' })]);
    expect(hub.floor.view().reps.map((row) => [row.repId, row.state])).toEqual([['ana', null]]);
  });

  it('closes a socket that sends a malformed or oversized message', async () => {
    const garbled = await RawSocket.rep(hub.url, 'ana', anaKey);
    garbled.send('{"type":"hello"');
    expect(await garbled.closed).toEqual({ code: 1008, reason: 'Malformed message: not JSON' });

    const huge = await RawSocket.rep(hub.url, 'ana', anaKey);
    huge.send({ type: 'hello', padding: 'x'.repeat(70 * 1024) });
    expect((await huge.closed).code).toBe(1009);
  });

  it('refuses an event sent before the welcome', async () => {
    const socket = await RawSocket.rep(hub.url, 'ana', anaKey);
    socket.event(envelope('ana', 1, stateBody('idle', NOW), NOW));
    expect(await socket.closed).toEqual({ code: 4400, reason: 'event before welcome' });
  });
});
