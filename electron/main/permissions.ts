import type { Session } from 'electron';

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * The only thing a Dialdeck page may use is the microphone, and only our own pages. Camera,
 * notifications (reminders are shown from the main process), geolocation, HID/USB/serial and the
 * rest are denied. Both handlers are needed: Chromium asks the check handler for queries like
 * navigator.permissions and the request handler for prompts like getUserMedia.
 */
export function installPermissionHandlers(
  session: PermissionSession,
  isOwnUrl: (url: string) => boolean,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const audioOnly = mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');
    callback(
      permission === 'media' && audioOnly && details.isMainFrame && isOwnUrl(details.requestingUrl),
    );
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    return permission === 'media' && details.mediaType === 'audio' && isOwnUrl(requestingOrigin);
  });
  session.setDevicePermissionHandler(() => false);
}
