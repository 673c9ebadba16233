import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../../electron/core/app/create-core';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/browser-server';
import { startTestCore } from '../../support/node-core';
import { makeTempDir } from '../../support/temp-dir';

function get(
  port: number,
  rawPath: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

function connect(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

type Message = Record<string, unknown>;

// The core pushes events of its own at any moment (the search index says when it is built), so a
// test waits for the message it means, never simply the next one.
function messageMatching(
  socket: WebSocket,
  wanted: (message: Message) => boolean,
): Promise<Message> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const message = JSON.parse(data.toString()) as Message;
      if (!wanted(message)) return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
  });
}

const resultOf = (id: number) => (message: Message) =>
  message.type === 'result' && message.id === id;

describe('browser-mode server', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;
  let server: BrowserServer;
  let origin: string;
  let token: string;

  beforeEach(async () => {
    temp = makeTempDir();
    const rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><title>Dialdeck</title>',
    );
    fs.writeFileSync(path.join(temp.dir, 'outside.txt'), 'secret');
    core = await startTestCore(path.join(temp.dir, 'data'));
    server = await startBrowserServer({ core, rendererDir, port: 0 });
    origin = `http://127.0.0.1:${server.port}`;
    token = new URL(server.url).searchParams.get('token') ?? '';
  });

  afterEach(async () => {
    await server.close();
    await core.close();
    temp.remove();
  });

  it('listens on 127.0.0.1 with a long per-run token in the page URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the renderer with a strict CSP header and never a file outside its folder', async () => {
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Dialdeck</title>');
    const csp = page.headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`ws://127.0.0.1:${server.port}`);
    expect(csp).not.toContain('unsafe');
    expect((await get(server.port, '/../outside.txt')).body).not.toContain('secret');
    expect((await get(server.port, '/%2e%2e/outside.txt')).status).toBe(404);
    expect((await get(server.port, '/..%2foutside.txt')).status).toBe(404);
  });

  it('refuses a bridge connection without the token, with a wrong token or from another origin', async () => {
    const bridge = `ws://127.0.0.1:${server.port}/bridge`;
    await expect(connect(bridge, origin)).rejects.toThrow('HTTP 403');
    // One character off (a random token may already start with 'x').
    const wrong = `${token.startsWith('x') ? 'y' : 'x'}${token.slice(1)}`;
    await expect(connect(`${bridge}?token=${wrong}`, origin)).rejects.toThrow('HTTP 403');
    await expect(connect(`${bridge}?token=${token}`, 'http://evil.example')).rejects.toThrow(
      'HTTP 403',
    );
    await expect(connect(`${bridge}?token=${token}`, 'http://localhost:1234')).rejects.toThrow(
      'HTTP 403',
    );
  });

  it('answers calls through the same dispatcher and pushes events', async () => {
    const socket = await connect(`ws://127.0.0.1:${server.port}/bridge?token=${token}`, origin);
    const infoArrives = messageMatching(socket, resultOf(1));
    socket.send(JSON.stringify({ type: 'call', id: 1, method: 'app.info', args: [] }));
    const info = await infoArrives;
    expect(info).toMatchObject({
      type: 'result',
      id: 1,
      result: { ok: true, value: { mode: 'browser', version: '0.0.0-test' } },
    });

    const bothArrived = Promise.all([
      messageMatching(socket, (message) => message.event === 'settings.changed'),
      messageMatching(socket, resultOf(2)),
    ]);
    socket.send(
      JSON.stringify({
        type: 'call',
        id: 2,
        method: 'settings.update',
        args: [{ wrapUpSeconds: 20 }],
      }),
    );
    const messages = await bothArrived;
    expect(messages).toContainEqual(
      expect.objectContaining({
        type: 'event',
        event: 'settings.changed',
        payload: expect.objectContaining({ wrapUpSeconds: 20 }),
      }),
    );
    expect(messages).toContainEqual(
      expect.objectContaining({
        type: 'result',
        id: 2,
        result: expect.objectContaining({ ok: true }),
      }),
    );

    const invalidArrives = messageMatching(socket, resultOf(3));
    socket.send(
      JSON.stringify({
        type: 'call',
        id: 3,
        method: 'settings.update',
        args: [{ wrapUpSeconds: 'ten' }],
      }),
    );
    const invalid = await invalidArrives;
    expect(invalid).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'invalid-argument' } },
    });
    socket.close();
  });

  it('closes a socket that sends something other than a call', async () => {
    const socket = await connect(`ws://127.0.0.1:${server.port}/bridge?token=${token}`, origin);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('{"type":"call","id":1,"method":"app.info","args":[],"extra":"nope"}');
    expect(await closed).toBe(1008);
  });
});
