import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import type { Core } from '../../../../electron/core/app/create-core';
import {
  startBrowserServer,
  type BrowserServer,
  type BrowserServerOptions,
} from '../../../../electron/browser/browser-server';
import { LogRecorder } from '../../../support/log-recorder';
import { startTestCore } from '../../../support/node-core';
import { makeTempDir } from '../../../support/temp-dir';

export interface TestBridge {
  server: BrowserServer;
  core: Core;
  log: LogRecorder;
  origin: string;
  token: string;
  /** The bridge's address, token included. */
  bridgeUrl: string;
  stop(): Promise<void>;
}

/** Browser mode on a free port over a real core, in its own temp folder, its log recorded. */
export async function startTestBridge(
  options: Pick<BrowserServerOptions, 'authTimeoutMs'> = {},
): Promise<TestBridge> {
  const temp = makeTempDir('dialdeck-bridge-');
  const rendererDir = path.join(temp.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dialdeck</title>');
  const log = new LogRecorder();
  const core = await startTestCore(path.join(temp.dir, 'data'), { log: log.logger });
  const server = await startBrowserServer({ core, rendererDir, port: 0, ...options });
  const origin = `http://127.0.0.1:${server.port}`;
  const token = new URL(server.url).searchParams.get('token') ?? '';
  return {
    server,
    core,
    log,
    origin,
    token,
    bridgeUrl: `ws://127.0.0.1:${server.port}/bridge?token=${token}`,
    stop: async () => {
      await server.close();
      await core.close();
      temp.remove();
    },
  };
}

export function connectBridge(bridge: TestBridge): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(bridge.bridgeUrl, { origin: bridge.origin });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

export function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** One call over a socket; resolves with its result (events pushed meanwhile are skipped). */
export function call(socket: WebSocket, id: number, method: string): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString()) as {
        type: string;
        id?: number;
        result?: unknown;
      };
      if (message.type !== 'result' || message.id !== id) return;
      socket.off('message', onMessage);
      resolve(message.result);
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ type: 'call', id, method, args: [] }));
  });
}

/** A fresh client connects and gets a right answer: the server is still serving. */
export async function stillServes(bridge: TestBridge): Promise<unknown> {
  const socket = await connectBridge(bridge);
  const result = await call(socket, 1, 'app.info');
  const closed = closeCode(socket);
  socket.close();
  await closed;
  return result;
}
