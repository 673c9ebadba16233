import fs from 'node:fs/promises';
import { contentTypeOf, resolveStaticFile } from '../core/platform/static-files';
import { APP_HOST } from './app-scheme';

export interface AppProtocolOptions {
  rendererDir: string;
  /**
   * Sent as a header so it also carries frame-ancestors, which a meta tag cannot; read for each
   * page, since it names the SIP server the settings choose now.
   */
  contentSecurityPolicy: string | (() => string);
}

/**
 * Serves the built renderer for app://dialdeck/. Only GET of files inside the renderer folder;
 * `..` and encoded escapes are refused by resolveStaticFile.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET') return plain(405, 'Method not allowed');
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (file === null) return plain(404, 'Not found');
    const body = await fs.readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy':
          typeof options.contentSecurityPolicy === 'string'
            ? options.contentSecurityPolicy
            : options.contentSecurityPolicy(),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
