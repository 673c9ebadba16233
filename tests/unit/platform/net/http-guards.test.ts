import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { guardHttpServer } from '../../../../electron/core/platform/net/http-guards';
import { LogRecorder } from '../../../support/log-recorder';

let server: http.Server;
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('HTTP server guards', () => {
  it('logs an error of the listening server (an accept that failed) instead of throwing it', async () => {
    const log = new LogRecorder();
    server = http.createServer();
    guardHttpServer(server, log.logger, 'hub');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));

    const accept = Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' });
    expect(() => server.emit('error', accept)).not.toThrow();
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'hub server error', code: 'EMFILE' }),
    );
  });

  it('leaves an error before listening (a port already taken) to the caller', async () => {
    const log = new LogRecorder();
    server = http.createServer();
    guardHttpServer(server, log.logger, 'hub');
    expect(() => server.emit('error', new Error('listen EADDRINUSE'))).toThrow('EADDRINUSE');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    expect(log.lines).toEqual([]);
  });
});
