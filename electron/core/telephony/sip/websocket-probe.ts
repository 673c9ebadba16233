import WebSocket from 'ws';

/** What opening the SIP server's WebSocket showed, in words; null words when it opened for SIP. */
export type WebSocketProbe = (url: string) => Promise<string | null>;

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/i;

/**
 * Opens the server's WebSocket with the SIP subprotocol (RFC 7118) and closes it: tells apart a
 * server that cannot be reached, one whose TLS is refused, an address that is no WebSocket, and
 * a WebSocket that does not speak SIP. Gives up after `timeoutMs`.
 */
export function probeSipWebSocket(timeoutMs = 5_000): WebSocketProbe {
  return (url) =>
    new Promise((resolve) => {
      const where = hostOf(url);
      let socket: WebSocket;
      try {
        socket = new WebSocket(url, 'sip', { handshakeTimeout: timeoutMs });
      } catch (error) {
        resolve(`The WebSocket URL cannot be used (${(error as Error).message}).`);
        return;
      }
      const done = (words: string | null) => {
        socket.removeAllListeners();
        socket.on('error', () => undefined);
        socket.terminate();
        resolve(words);
      };
      socket.on('open', () => done(socket.protocol === 'sip' ? null : notForSip(where)));
      socket.on('unexpected-response', (_request, response) =>
        done(
          `${where} answered HTTP ${response.statusCode} instead of opening a WebSocket: ` +
            'the URL is not the SIP server’s WebSocket (check the port and path).',
        ),
      );
      socket.on('error', (error: Error & { code?: string }) =>
        done(wordsOf(error, where, url.startsWith('wss:'))),
      );
    });
}

function wordsOf(error: Error & { code?: string }, where: string, secure: boolean): string {
  const code = error.code ?? '';
  if (/subprotocol/i.test(error.message)) return notForSip(where);
  if (TLS_CODES.test(code) || TLS_CODES.test(error.message)) {
    return (
      `${where} refused TLS, or its certificate is not trusted (${code || error.message}): ` +
      'check the wss:// address and the server’s certificate.'
    );
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach the SIP server: nothing listens at ${where} (connection refused). Is it running, and is the port right?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach the SIP server: the name in ${where} is not known (DNS). Check the address.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `Cannot reach the SIP server at ${where}: no answer (${code}). Check the network and firewall.`;
    default:
      if (!/timed out|timeout/i.test(error.message)) {
        return `Cannot reach the SIP server at ${where} (${code || error.message}).`;
      }
      // A plain-ws server holds a TLS hello as garbage instead of refusing it.
      return secure
        ? `The SIP server at ${where} did not answer the TLS handshake in time: it may not speak TLS on this port (try its wss:// port), or it is down.`
        : `Cannot reach the SIP server at ${where}: it did not answer in time.`;
  }
}

function notForSip(where: string): string {
  return `${where} opened a WebSocket, but not for SIP (no "sip" subprotocol): check the path of the WebSocket URL.`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
