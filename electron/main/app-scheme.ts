import type { CustomScheme } from 'electron';

/** The renderer is served from app://dialdeck/ in production: a secure origin that is not file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dialdeck';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme real origins and relative URLs, `secure` makes it a secure context
 * (getUserMedia needs one) and `supportFetchAPI` lets the page fetch its own assets. It does not
 * bypass the CSP and opens no CORS or service-worker doors.
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};
