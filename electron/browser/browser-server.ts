import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Core } from '../core/app/create-core';
import { buildCspHeader } from '../core/security/csp';
import { clientMessageSchema, MAX_MESSAGE_BYTES } from './bridge-protocol';
import { contentTypeOf, resolveStaticFile } from '../core/platform/static-files';

export interface BrowserServerOptions {
  core: Core;
  rendererDir: string;
  port: number;
  /** Secret the page must present; generated when not given. */
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * Serves the renderer and the bridge on 127.0.0.1 only. The bridge implements the same contract
 * as the preload and goes through the same dispatcher; it accepts a socket only from our own
 * origin with the per-run token, so another page in the browser cannot drive the dialer.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const { core } = options;
  let origin = '';

  const server = http.createServer((request, response) => {
    const file = resolveStaticFile(options.rendererDir, request.url ?? '/');
    if (request.method !== 'GET' || !file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-security-policy': buildCspHeader({ connectSrc: [origin.replace('http', 'ws')] }),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
  });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const presented = url.searchParams.get('token') ?? '';
    const allowed =
      url.pathname === '/bridge' &&
      request.headers.origin === origin &&
      safeEqual(presented, token);
    if (!allowed) {
      core.log.warn('browser bridge refused a connection', {
        origin: request.headers.origin ?? null,
        path: url.pathname,
      });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, core));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serveSocket(ws: WebSocket, core: Core): void {
  const unsubscribe = core.events.subscribe((event, payload) => {
    ws.send(JSON.stringify({ type: 'event', event, payload }));
  });
  ws.on('close', unsubscribe);
  ws.on('message', (data) => {
    let message;
    try {
      message = clientMessageSchema.parse(JSON.parse(rawDataToText(data)));
    } catch {
      ws.close(1008, 'Malformed message');
      return;
    }
    const { id, method, args } = message;
    void core.dispatcher.dispatch(method, args).then((result) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result }));
    });
  });
}

function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
