import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConnect, rawExchange, readUntilClosed, upgradeHead } from '../../support/raw-http';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';
import {
  call,
  closeCode,
  connectBridge,
  startTestBridge,
  stillServes,
  type TestBridge,
} from './support/test-bridge';

const TEN_MB = 10 * 1024 * 1024;

let bridge: TestBridge;
let uncaught: UncaughtRecord;
beforeEach(async () => {
  uncaught = recordUncaught();
  bridge = await startTestBridge();
});
afterEach(async () => {
  uncaught.stop();
  await bridge.stop();
});

describe('browser bridge: one bad client never takes browser mode down', () => {
  it('closes a socket that sends a 10 MB frame with 1009; a call on another socket goes on', async () => {
    const inCall = await connectBridge(bridge);
    const bad = await connectBridge(bridge);
    const closed = closeCode(bad);
    bad.send('x'.repeat(TEN_MB));
    expect(await closed).toBe(1009);

    expect(uncaught.errors).toEqual([]);
    expect(await call(inCall, 7, 'app.info')).toMatchObject({ ok: true });
    expect(await stillServes(bridge)).toMatchObject({ ok: true, value: { mode: 'browser' } });
    expect(await bridge.log.until('browser bridge socket error')).toMatchObject({
      level: 'warn',
      code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH',
      error: 'Max payload size exceeded',
    });
    expect(bridge.log.text()).not.toContain(bridge.token);
    inCall.close();
  });

  it('closes a socket that sends a text frame of invalid UTF-8 with 1007', async () => {
    const bad = await connectBridge(bridge);
    const closed = closeCode(bad);
    bad.send(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { binary: false });
    expect(await closed).toBe(1007);

    expect(uncaught.errors).toEqual([]);
    expect(await stillServes(bridge)).toMatchObject({ ok: true });
    expect(await bridge.log.until('browser bridge socket error')).toMatchObject({
      code: 'WS_ERR_INVALID_UTF8',
    });
  });

  it('survives a client that resets the connection after being refused', async () => {
    const socket = await rawConnect(bridge.server.port);
    socket.write(upgradeHead('/bridge?token=wrong', { Origin: bridge.origin }));
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    socket.resetAndDestroy();

    await uncaught.race(bridge.log.until('browser bridge connection error'));
    expect(uncaught.errors).toEqual([]);
    expect(await stillServes(bridge)).toMatchObject({ ok: true });
  });

  it('answers 400 to an upgrade whose address cannot be parsed', async () => {
    const answer = await uncaught.race(
      rawExchange(bridge.server.port, upgradeHead('http://[', { Origin: bridge.origin })),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);

    expect(uncaught.errors).toEqual([]);
    expect(await stillServes(bridge)).toMatchObject({ ok: true });
  });

  it('answers 400 to bytes that are not HTTP, and logs it without what was sent', async () => {
    const answer = await rawExchange(
      bridge.server.port,
      `NOT HTTP /bridge?token=${bridge.token}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    // Logged before the answer was written.
    expect(bridge.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'browser bridge refused a malformed request',
        code: expect.stringMatching(/^HPE_/),
      }),
    );
    expect(bridge.log.text()).not.toContain(bridge.token);
    expect(await stillServes(bridge)).toMatchObject({ ok: true });
  });
});

describe('browser bridge: a connection must authenticate within its deadline', () => {
  beforeEach(async () => {
    await bridge.stop();
    bridge = await startTestBridge({ authTimeoutMs: 500 });
  });

  it('closes a connection that sends nothing, or an upgrade it never finishes', async () => {
    const inCall = await connectBridge(bridge);
    const idle = await rawConnect(bridge.server.port);
    const slow = await rawConnect(bridge.server.port);
    slow.write(upgradeHead(`/bridge?token=${bridge.token}`, { Origin: bridge.origin }, false));

    expect(await readUntilClosed(idle)).toMatch(/^HTTP\/1\.1 408 /);
    expect(await readUntilClosed(slow)).toMatch(/^HTTP\/1\.1 408 /);
    // Connected before both, it outlived their deadline: the deadline ends at authentication.
    expect(await call(inCall, 1, 'app.info')).toMatchObject({ ok: true });
    expect(bridge.log.text()).not.toContain(bridge.token);
    inCall.close();
  }, 10_000);
});
