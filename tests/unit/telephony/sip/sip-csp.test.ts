import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../../../electron/browser/static-route';
import { silentLogger } from '../../../../electron/core/platform/log/logger';
import { sipWebSocketOrigin } from '../../../../shared/domain/sip';
import { makeTempDir } from '../../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir> | null = null;
let server: http.Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  temp?.remove();
});

async function connectSrcServed(sipUrl: () => string | null): Promise<() => Promise<string>> {
  temp = makeTempDir('dialdeck-sip-csp-');
  fs.writeFileSync(path.join(temp.dir, 'index.html'), '<html></html>');
  server = http.createServer(
    createStaticHandler({
      rendererDir: temp.dir,
      origin: () => 'http://127.0.0.1:5180',
      sipWebSocketUrl: sipUrl,
      log: silentLogger,
    }),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return async () => {
    const response = await fetch(`http://127.0.0.1:${port}/index.html`);
    await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';
    return /connect-src ([^;]*)/.exec(policy)?.[1] ?? '';
  };
}

describe('the page may open a WebSocket to the SIP server the settings choose, and no other', () => {
  it('names the SIP server in the header each page is served with, as the settings say now', async () => {
    let url: string | null = 'wss://pbx.example.com:8089/ws';
    const connectSrc = await connectSrcServed(() => url);
    expect(await connectSrc()).toBe(
      "'self' https://*.twilio.com wss://*.twilio.com ws://127.0.0.1:5180 wss://pbx.example.com:8089",
    );
    url = null;
    expect(await connectSrc()).toBe(
      "'self' https://*.twilio.com wss://*.twilio.com ws://127.0.0.1:5180",
    );
  });

  it('takes only a URL the settings would accept', () => {
    expect(sipWebSocketOrigin('ws://127.0.0.1:41683')).toBe('ws://127.0.0.1:41683');
    expect(sipWebSocketOrigin('wss://pbx.example.com/ws?x=1')).toBe('wss://pbx.example.com');
    expect(sipWebSocketOrigin('ws://pbx.example.com/ws')).toBeNull();
    expect(sipWebSocketOrigin("wss://a.example.com; script-src 'unsafe-inline'")).toBeNull();
    expect(sipWebSocketOrigin('wss://a.example.com;script-src')).toBeNull();
  });
});
