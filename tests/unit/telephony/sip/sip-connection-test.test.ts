import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { probeSipWebSocket } from '../../../../electron/core/telephony/sip/websocket-probe';
import { registrationProblem } from '../../../../renderer/src/telephony/sip/registration-words';
import { sipHarness } from './sip-harness';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A local HTTP server; with `protocols`, a WebSocket server accepting those subprotocols. */
async function localServer(protocols: string[] | null): Promise<number> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<html>not a websocket</html>');
  });
  if (protocols) {
    const wss = new WebSocketServer({
      server,
      handleProtocols: (offered) => protocols.find((p) => offered.has(p)) ?? false,
    });
    closers.push(() => new Promise((resolve) => wss.close(() => resolve())));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const port = await localServer(null);
  await closers.pop()?.();
  return port;
}

describe('the SIP server check (the core opens its WebSocket)', () => {
  const probe = probeSipWebSocket(2_000);

  it('passes a WebSocket that speaks SIP', async () => {
    const port = await localServer(['sip']);
    expect(await probe(`ws://127.0.0.1:${port}/ws`)).toBeNull();
  });

  it('says nothing listens when the server is down', async () => {
    const port = await freePort();
    expect(await probe(`ws://127.0.0.1:${port}`)).toBe(
      `Cannot reach the SIP server: nothing listens at 127.0.0.1:${port} (connection refused). Is it running, and is the port right?`,
    );
  });

  it('says an address that answers HTTP is not a WebSocket', async () => {
    const port = await localServer(null);
    expect(await probe(`ws://127.0.0.1:${port}/`)).toBe(
      `127.0.0.1:${port} answered HTTP 200 instead of opening a WebSocket: the URL is not the SIP server’s WebSocket (check the port and path).`,
    );
  });

  it('says a WebSocket that does not speak SIP is the wrong path', async () => {
    const port = await localServer(['chat']);
    expect(await probe(`ws://127.0.0.1:${port}/chat`)).toBe(
      `127.0.0.1:${port} opened a WebSocket, but not for SIP (no "sip" subprotocol): check the path of the WebSocket URL.`,
    );
  });

  it('says TLS was refused when a wss:// address meets a plain server', async () => {
    const port = await localServer(['sip']);
    expect(await probe(`wss://127.0.0.1:${port}/ws`)).toMatch(
      new RegExp(`^127\\.0\\.0\\.1:${port} refused TLS, or its certificate is not trusted`),
    );
  });
});

describe('a wss:// address on a server that holds the TLS hello without answering', () => {
  it('says the TLS handshake got no answer, as a plain-ws PBX port does', async () => {
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(
      () =>
        new Promise((resolve) => {
          sockets.forEach((socket) => socket.destroy());
          server.close(() => resolve());
        }),
    );
    const { port } = server.address() as AddressInfo;
    expect(await probeSipWebSocket(300)(`wss://127.0.0.1:${port}/ws`)).toBe(
      `The SIP server at 127.0.0.1:${port} did not answer the TLS handshake in time: it may not speak TLS on this port (try its wss:// port), or it is down.`,
    );
  });
});

describe('Test connection on the core', () => {
  it('names what is missing before anything else', async () => {
    const harness = await sipHarness({ settings: { sipUri: null, sipWebSocketUrl: null } });
    expect(await harness.line.testConnection()).toEqual({
      ok: false,
      checks: [
        { id: 'provider', status: 'ok', message: 'Calls go through your SIP server.' },
        {
          id: 'settings',
          status: 'problem',
          message:
            "SIP is not set up yet: enter the server's WebSocket URL and the SIP URI in Settings › Telephony › SIP.",
        },
      ],
    });
  });

  it('reports the server problem in words and whether a window carries the phone', async () => {
    const harness = await sipHarness({
      control: { probe: () => Promise.resolve('Cannot reach the SIP server: down.') },
    });
    const report = await harness.line.testConnection();
    expect(report.ok).toBe(false);
    expect(report.checks.slice(2)).toEqual([
      { id: 'server', status: 'problem', message: 'Cannot reach the SIP server: down.' },
      { id: 'window', status: 'ok', message: 'This window carries the SIP phone.' },
    ]);
  });
});

describe('sign-in problems in words (the window)', () => {
  const failure = (status: number | null, reasonPhrase: string, cause = 'SIP Failure Code') => ({
    status,
    reasonPhrase,
    cause,
    challengeRealm: null,
  });

  it('401/403 say which: the password, or the account forbidden', () => {
    expect(registrationProblem(failure(401, 'Unauthorized', 'Authentication Error'), 'x')).toBe(
      'The SIP server refused the user name or password (401 Unauthorized): check them in Settings › Telephony › SIP.',
    );
    expect(registrationProblem(failure(403, 'Forbidden', 'Rejected'), 'x')).toMatch(
      /^The SIP server forbids this account \(403 Forbidden\)/,
    );
  });

  it('a refused registration and an unreachable server are told apart', () => {
    expect(registrationProblem(failure(500, 'Server Error'), 'x')).toBe(
      'The SIP server refused the registration (500 Server Error).',
    );
    expect(registrationProblem(failure(null, '', 'Connection Error'), 'x')).toMatch(
      /^Cannot reach the SIP server: its WebSocket did not open/,
    );
  });

  it('a challenge for another realm names the realm to enter', () => {
    expect(
      registrationProblem(
        {
          status: 401,
          reasonPhrase: 'Unauthorized',
          cause: 'Authentication Error',
          challengeRealm: 'asterisk',
        },
        'pbx.example.com',
      ),
    ).toBe(
      'The SIP server asks for realm "asterisk", but the settings say "pbx.example.com": enter "asterisk" as the realm in Settings › Telephony › SIP.',
    );
  });
});
