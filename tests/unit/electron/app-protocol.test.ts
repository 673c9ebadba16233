import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  appScheme,
} from '../../../electron/main/app-scheme';

const CSP = "default-src 'self'; frame-ancestors 'none'";
let root: string;
let rendererDir: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-protocol-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dialdeck</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  serve = createAppProtocolHandler({ rendererDir, contentSecurityPolicy: CSP });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const get = (url: string) => serve(new Request(url));

describe('the app:// scheme', () => {
  it('is standard, secure and fetchable, and does not bypass the CSP', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_ORIGIN).toBe('app://dialdeck');
    expect(APP_ENTRY_URL).toBe('app://dialdeck/index.html');
    expect(appScheme).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('createAppProtocolHandler', () => {
  it('serves index.html with the CSP header and nosniff', async () => {
    const response = await get('app://dialdeck/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Dialdeck</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their type, and index.html for app routes', async () => {
    const script = await get('app://dialdeck/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    const route = await get('app://dialdeck/floor');
    expect(await route.text()).toContain('<title>Dialdeck</title>');
  });

  it.each([
    'app://dialdeck/../secret.txt',
    'app://dialdeck/%2e%2e/secret.txt',
    'app://dialdeck/..%2fsecret.txt',
    'app://dialdeck/assets/..%2f..%2fsecret.txt',
    'app://dialdeck/%2e%2e%5csecret.txt',
    'app://dialdeck/assets/missing.js',
    'app://dialdeck/%00.js',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('answers only for our host and only GET', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    const post = await serve(
      new Request('app://dialdeck/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
  });
});
