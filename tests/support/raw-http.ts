import net from 'node:net';

/** A TCP connection to 127.0.0.1 that the test drives byte by byte. */
export async function rawConnect(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  // A server that cuts the connection is what some tests expect; the error is not theirs.
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
}

/** Everything the server sends until it closes the connection. */
export function readUntilClosed(socket: net.Socket): Promise<string> {
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (text += chunk));
  return new Promise((resolve) => socket.once('close', () => resolve(text)));
}

/**
 * Writes raw bytes as a request and resolves with the whole answer once the server closes.
 * `halfClose` ends our side too, so the server closes even when the bytes leave it waiting.
 */
export async function rawExchange(
  port: number,
  bytes: string | Uint8Array,
  { halfClose = false } = {},
): Promise<string> {
  const socket = await rawConnect(port);
  const answer = readUntilClosed(socket);
  if (halfClose) socket.end(bytes);
  else socket.write(bytes);
  return answer;
}

/** The head of a WebSocket upgrade request, with no blank line at the end unless `complete`. */
export function upgradeHead(
  path: string,
  headers: Record<string, string>,
  complete = true,
): string {
  const lines = [
    `GET ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n${complete ? '\r\n' : ''}`;
}
