import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { Logger } from '../core/platform/log/logger';
import { contentTypeOf, resolveStaticFile } from '../core/platform/static-files';
import { sipWebSocketOrigin } from '../../shared/domain/sip';
import { buildCspHeader } from '../core/platform/security/csp';

export interface StaticRouteDeps {
  rendererDir: string;
  /** http://127.0.0.1:port, known once the server listens. */
  origin: () => string;
  /** The SIP server the settings choose now: the page may open a WebSocket to it. */
  sipWebSocketUrl?: () => string | null;
  log: Logger;
}

/** Serves the built renderer with a strict CSP; never a file outside its folder. */
export function createStaticHandler(deps: StaticRouteDeps) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const file = resolveStaticFile(deps.rendererDir, request.url ?? '/');
    if (request.method !== 'GET' || !file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-security-policy': buildCspHeader({
        connectSrc: [deps.origin().replace('http', 'ws'), ...sipSource(deps)],
      }),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    sendFile(file, response, deps.log);
  };
}

function sipSource(deps: StaticRouteDeps): string[] {
  const origin = sipWebSocketOrigin(deps.sipWebSocketUrl?.() ?? null);
  return origin === null ? [] : [origin];
}

/**
 * Streams a file into a response already begun. A file that cannot be read (deleted by a
 * rebuild since it was found) cuts that response short and is logged; it never reaches the
 * process as an unhandled stream error.
 */
export function sendFile(file: string, response: ServerResponse, log: Logger): void {
  pipeline(fs.createReadStream(file), response, (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      log.warn('browser bridge could not send a file', { code: error.code, error: error.message });
    }
  });
}
