import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  installNavigationGuards,
  type GuardedWebContents,
} from '../../../electron/main/navigation-guards';
import { createOwnOrigins } from '../../../electron/main/own-origins';

type OpenHandler = Parameters<GuardedWebContents['setWindowOpenHandler']>[0];

class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  /** Emits like Electron: returns whether a listener cancelled the navigation. */
  navigate(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }

  openWindow(url: string): unknown {
    if (!this.openHandler) throw new Error('no window open handler installed');
    return this.openHandler({ url } as Parameters<OpenHandler>[0]);
  }
}

function setUp(origins = ['app://dialdeck']) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn<(url: string) => void>();
  installNavigationGuards(
    contents as unknown as GuardedWebContents,
    createOwnOrigins(origins).isOwnUrl,
    openExternal,
  );
  return { contents, openExternal };
}

describe('installNavigationGuards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: our own pages pass, anything else is cancelled',
    (event) => {
      const { contents } = setUp();
      expect(contents.navigate(event, 'app://dialdeck/index.html')).toBe(false);
      expect(contents.navigate(event, 'app://dialdeck/settings')).toBe(false);
      expect(contents.navigate(event, 'https://evil.example/')).toBe(true);
      expect(contents.navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.navigate(event, 'app://other/index.html')).toBe(true);
      expect(contents.navigate(event, 'http://localhost:5173/')).toBe(true);
      expect(contents.navigate(event, 'javascript:alert(1)')).toBe(true);
    },
  );

  it('allows the dev server only when it is one of our origins', () => {
    const { contents } = setUp(['app://dialdeck', 'http://localhost:5173']);
    expect(contents.navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(contents.navigate('will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('always denies new windows and hands only https links to the system browser', () => {
    const { contents, openExternal } = setUp();
    expect(contents.openWindow('https://example.com/help')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://example.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://dialdeck/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('refuses to attach any webview', () => {
    const { contents } = setUp();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
