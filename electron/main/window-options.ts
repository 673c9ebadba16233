import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches --bg in renderer/src/styles/app.css so the window never flashes white. */
export const WINDOW_BACKGROUND = '#0f1419';

/** The main window: a sandboxed renderer with no Node, reached only through the preload bridge. */
export function mainWindowOptions(
  preloadPath: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    title: 'Dialdeck',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 620,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    ...(iconPath === undefined ? {} : { icon: iconPath }),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
