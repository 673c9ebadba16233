import type { WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';

export type GuardedWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The window only ever shows our own pages: navigations and redirects elsewhere are cancelled,
 * new windows are always denied (https links go to the system browser), and no <webview> attaches.
 */
export function installNavigationGuards(
  webContents: GuardedWebContents,
  isOwnUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isOwnUrl(event.url)) event.preventDefault();
  };
  webContents.on('will-navigate', stayHome);
  webContents.on('will-frame-navigate', stayHome);
  webContents.on('will-redirect', stayHome);
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
