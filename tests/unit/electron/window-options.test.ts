import { describe, expect, it } from 'vitest';
import { mainWindowOptions, WINDOW_BACKGROUND } from '../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', '/app/resources/icons/icon.png');
  const web = options.webPreferences ?? {};

  it('isolates the renderer: context isolation and sandbox on, no Node anywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses webviews and insecure content', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and turns spellcheck off', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.spellcheck).toBe(false);
  });

  it('opens hidden on the dark background at a usable size', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe('#0f1419');
    expect(WINDOW_BACKGROUND).toBe('#0f1419');
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? Infinity);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? Infinity);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.icon).toBe('/app/resources/icons/icon.png');
  });

  it('leaves the icon out when there is none', () => {
    expect('icon' in mainWindowOptions('/p.cjs')).toBe(false);
  });
});
