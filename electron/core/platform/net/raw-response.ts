const STATUS_LINES = {
  400: '400 Bad Request',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  404: '404 Not Found',
  408: '408 Request Timeout',
  431: '431 Request Header Fields Too Large',
} as const;

export type RawStatus = keyof typeof STATUS_LINES;

/** A whole response for a socket that has no ServerResponse: an upgrade, or a connection dropped. */
export function rawResponse(status: RawStatus): string {
  return `HTTP/1.1 ${STATUS_LINES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`;
}
