import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, methodChannel, type MethodName } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { createDispatcher, type Handlers } from '../../../electron/core/platform/ipc/dispatcher';
import { createLogger } from '../../../electron/core/platform/log/logger';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc-handlers';
import { createOwnOrigins } from '../../../electron/main/own-origins';
import { createSenderCheck, type IpcSenderLike } from '../../../electron/main/trusted-sender';

type Listener = Parameters<IpcMainLike['handle']>[1];

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  readonly registrations: string[] = [];
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
    this.registrations.push(channel);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: IpcSenderLike, ...args: unknown[]): Promise<Result<unknown>> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

const OUR_WINDOW = 7;

function setUp() {
  const calls: Array<{ method: MethodName; args: unknown[] }> = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args });
        return { answeredBy: method };
      },
    ]),
  ) as unknown as Handlers;
  const lines: string[] = [];
  const log = createLogger((_level, line) => lines.push(line));
  const ipcMain = new FakeIpcMain();
  const isTrusted = createSenderCheck({
    isOwnUrl: createOwnOrigins(['app://dialdeck']).isOwnUrl,
    isOwnWebContents: (id) => id === OUR_WINDOW,
  });
  const unregister = registerIpcHandlers(ipcMain, createDispatcher(handlers, log), isTrusted, log);
  return { ipcMain, calls, lines, unregister };
}

function sender(url: string, options: { subframe?: boolean; webContentsId?: number } = {}) {
  return {
    senderFrame: { url, parent: options.subframe ? {} : null },
    sender: { id: options.webContentsId ?? OUR_WINDOW },
  };
}

const trusted = sender('app://dialdeck/index.html');

describe('registerIpcHandlers', () => {
  it('registers every contract method exactly once, on its own channel', () => {
    const { ipcMain } = setUp();
    expect(ipcMain.registrations).toEqual(METHOD_NAMES.map(methodChannel));
    expect(new Set(ipcMain.registrations).size).toBe(METHOD_NAMES.length);
    expect(ipcMain.registrations).toContain('dialdeck:queue.summary');
  });

  it('passes a trusted call to the dispatcher and returns its value', async () => {
    const { ipcMain, calls } = setUp();
    const result = await ipcMain.invoke('dialdeck:settings.update', trusted, { repName: 'Ana' });
    expect(result).toEqual({ ok: true, value: { answeredBy: 'settings.update' } });
    expect(calls).toEqual([{ method: 'settings.update', args: [{ repName: 'Ana' }] }]);
  });

  it('returns bad arguments as invalid-argument without running the handler', async () => {
    const { ipcMain, calls } = setUp();
    const result = await ipcMain.invoke('dialdeck:settings.update', trusted, { role: 'admin' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-argument');
    expect(result.error.message).toMatch(/settings\.update/);
    const extra = await ipcMain.invoke('dialdeck:queue.summary', trusted, 'unexpected');
    expect(extra.ok ? null : extra.error.code).toBe('invalid-argument');
    expect(calls).toEqual([]);
  });

  it.each([
    ['another origin', sender('https://evil.example/')],
    ['a look-alike app origin', sender('app://dialdeck.evil/index.html')],
    ['a file page', sender('file:///home/rep/index.html')],
    ['a subframe of our page', sender('app://dialdeck/index.html', { subframe: true })],
    [
      'a webContents that is not our window',
      sender('app://dialdeck/index.html', { webContentsId: 99 }),
    ],
    ['a frame that is gone', { senderFrame: null, sender: { id: OUR_WINDOW } }],
  ])('refuses %s as forbidden and never calls the dispatcher', async (_name, event) => {
    const { ipcMain, calls, lines } = setUp();
    const result = await ipcMain.invoke(
      'dialdeck:settings.setSecret',
      event,
      'hubToken',
      'tok-1234',
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This page may not call settings.setSecret.' },
    });
    expect(calls).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/untrusted sender/);
    expect(lines[0]).toMatch(/settings\.setSecret/);
  });

  it('unregisters every channel', () => {
    const { ipcMain, unregister } = setUp();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
