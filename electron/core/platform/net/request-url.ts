import type { IncomingMessage } from 'node:http';

/**
 * The request's URL, or null when its target is not one (`GET http://[ HTTP/1.1`): the caller
 * answers 400 instead of letting `new URL` throw out of a server's event handler.
 */
export function requestUrl(request: IncomingMessage, base: string): URL | null {
  const target = request.url ?? '/';
  return URL.canParse(target, base) ? new URL(target, base) : null;
}
