import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import Store from 'electron-store';
import { createCore, type Core } from '../core/app/create-core';
import { describeStartupError } from '../core/app/startup-error';
import { consoleSink, createLogger } from '../core/platform/log/logger';
import { sipWebSocketOrigin } from '../../shared/domain/sip';
import { buildCspHeader } from '../core/platform/security/csp';
import { createAppProtocolHandler } from './app-protocol';
import { notifyDueCallbacks } from './callback-notifications';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, appScheme } from './app-scheme';
import { openExternalSafely } from './external-links';
import { forwardCoreEvents } from './forward-events';
import { installGracefulQuit } from './graceful-quit';
import { registerIpcHandlers } from './ipc-handlers';
import { dataDirArg } from './main-args';
import { mainPaths } from './main-paths';
import { installNavigationGuards } from './navigation-guards';
import { createOwnOrigins } from './own-origins';
import { installPermissionHandlers } from './permissions';
import { electronStoreBackend } from './settings/electron-store-backend';
import { safeStorageCipher } from './settings/safe-storage-cipher';
import { createSenderCheck } from './trusted-sender';
import { mainWindowOptions } from './window-options';

/** The composition root: the only module that touches Electron's runtime objects. */

const log = createLogger((level, line) => {
  if (process.env.DIALDECK_LOG === 'verbose' || level !== 'info') consoleSink(level, line);
});
const paths = mainPaths({
  mainDir: import.meta.dirname,
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
});
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const ownOrigins = createOwnOrigins(devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN]);
const windows = new Set<BrowserWindow>();

app.setName('Dialdeck');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appScheme]);

const dataDir = resolveDataDir();
if (dataDir === null) {
  app.exit(2);
} else if (app.requestSingleInstanceLock()) {
  start(dataDir).catch((error: unknown) => stopWithError(error, dataDir));
} else {
  app.quit();
}

function resolveDataDir(): string | null {
  let dir: string;
  try {
    dir = path.resolve(dataDirArg(process.argv) ?? path.join(app.getPath('appData'), 'Dialdeck'));
  } catch (error) {
    console.error((error as Error).message);
    return null;
  }
  // Chromium's own files and the single-instance lock follow userData: one app per data folder.
  app.setPath('userData', dir);
  return dir;
}

async function start(dataDir: string): Promise<void> {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  process.on('SIGINT', () => app.quit());
  process.on('SIGTERM', () => app.quit());
  await app.whenReady();

  installPermissionHandlers(session.defaultSession, ownOrigins.isOwnUrl);
  let sipServer: () => string | null = () => null;
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererDir: paths.rendererDir,
      contentSecurityPolicy: () => {
        const origin = sipWebSocketOrigin(sipServer());
        return buildCspHeader({ connectSrc: origin === null ? [] : [origin] });
      },
    }),
  );

  const core = await openCore(dataDir);
  if (!core) return;
  sipServer = () => core.settings.get().sipWebSocketUrl;
  installGracefulQuit(app, () => core.close(), log);
  registerIpcHandlers(
    ipcMain,
    core.dispatcher,
    createSenderCheck({
      isOwnUrl: ownOrigins.isOwnUrl,
      isOwnWebContents: (id) => liveWindows().some((window) => window.webContents.id === id),
    }),
    log,
  );
  forwardCoreEvents(core.events, () => liveWindows().map((window) => window.webContents));
  notifyDueCallbacks(
    core.events,
    {
      isSupported: () => Notification.isSupported(),
      show: ({ title, body, onClick }) => {
        const notification = new Notification({ title, body });
        notification.on('click', onClick);
        notification.show();
      },
    },
    () => {
      const [window] = liveWindows();
      if (!window) return openMainWindow();
      if (window.isMinimized()) window.restore();
      window.focus();
    },
  );

  openMainWindow();
  app.on('second-instance', () => {
    const [window] = liveWindows();
    if (!window) return openMainWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (windows.size === 0) openMainWindow();
  });
}

/** A damaged or locked data folder stops start-up with a message; no file is touched. */
async function openCore(dataDir: string): Promise<Core | null> {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    return await createCore({
      dataDir,
      resourcesDir: paths.resourcesDir,
      mode: 'electron',
      version: app.getVersion(),
      settingsBackend: electronStoreBackend(Store, dataDir, log),
      secretCipher: safeStorageCipher(safeStorage),
      log,
      storeWorker: { file: paths.storeWorker },
    });
  } catch (error) {
    stopWithError(error, dataDir);
    return null;
  }
}

function stopWithError(error: unknown, dataDir: string): void {
  log.error('start-up failed', { dataDir, error: String(error) });
  dialog.showErrorBox('Dialdeck could not start', describeStartupError(error, dataDir));
  app.exit(1);
}

function openMainWindow(): void {
  const icon = fs.existsSync(paths.icon) ? paths.icon : undefined;
  const window = new BrowserWindow(mainWindowOptions(paths.preload, icon));
  windows.add(window);
  installNavigationGuards(window.webContents, ownOrigins.isOwnUrl, (url) => {
    openExternalSafely(shell, url).catch((error: unknown) =>
      log.warn('could not open a link', { error: String(error) }),
    );
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => windows.delete(window));
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    log.error('the window could not load Dialdeck', { error: String(error) });
  });
}

function liveWindows(): BrowserWindow[] {
  return [...windows].filter((window) => !window.isDestroyed());
}
