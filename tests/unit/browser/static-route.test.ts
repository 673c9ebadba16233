import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendFile } from '../../../electron/browser/static-route';
import { LogRecorder } from '../../support/log-recorder';
import { makeTempDir } from '../../support/temp-dir';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';

let temp: ReturnType<typeof makeTempDir>;
let uncaught: UncaughtRecord;
let server: http.Server;
beforeEach(() => {
  temp = makeTempDir('dialdeck-static-');
  uncaught = recordUncaught();
});
afterEach(async () => {
  uncaught.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  temp.remove();
});

describe('browser mode static files', () => {
  it('cuts short the response of a file that vanished after it was found, and logs it', async () => {
    const log = new LogRecorder();
    const gone = path.join(temp.dir, 'index-3f2a.js');
    server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      sendFile(gone, response, log.logger);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;

    const outcome = await uncaught.race(
      new Promise<string>((resolve) => {
        const request = http.get({ host: '127.0.0.1', port }, (response) => {
          response.resume();
          response.on('end', () => resolve('complete'));
          response.on('aborted', () => resolve('cut short'));
        });
        request.on('error', () => resolve('cut short'));
      }),
    );
    expect(outcome).toBe('cut short');
    expect(uncaught.errors).toEqual([]);
    expect(log.lines).toContainEqual(
      expect.objectContaining({ message: 'browser bridge could not send a file', code: 'ENOENT' }),
    );
  });
});
