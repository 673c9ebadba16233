import crypto from 'node:crypto';
import WebSocket from 'ws';

/** A SIP response as the client received it. */
export interface SipResponse {
  status: number;
  reason: string;
  cseqMethod: string;
  header(name: string): string | undefined;
}

/**
 * A bare SIP-over-WebSocket client (RFC 7118), just enough to prove the rig without a browser:
 * it sends requests it is given and hands back the responses. No media: an INVITE's SDP is a
 * plausible WebRTC offer, good for a far end that refuses or rings, not one that answers.
 */
export interface SipWebSocketClient {
  /** The host part of the client's Via and Contact (a made-up .invalid name, as JsSIP does). */
  viaHost: string;
  send(message: string): void;
  /** The first response so far or to come that matches; fails after the limit. */
  response(matches: (response: SipResponse) => boolean, limitMs: number): Promise<SipResponse>;
  close(): void;
}

function parseResponse(text: string): SipResponse | null {
  const [head = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^SIP\/2\.0 (\d{3}) (.*)$/.exec(statusLine);
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return {
    status: Number(status[1]),
    reason: status[2]!,
    cseqMethod: headers.get('cseq')?.split(/\s+/)[1] ?? '',
    header: (name) => headers.get(name.toLowerCase()),
  };
}

export function connectSipWebSocket(url: string): Promise<SipWebSocketClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'sip');
    const received: SipResponse[] = [];
    const waiters = new Set<(response: SipResponse) => void>();
    socket.on('message', (data: Buffer) => {
      const response = parseResponse(data.toString('utf8'));
      if (!response) return;
      received.push(response);
      for (const waiter of waiters) waiter(response);
    });
    socket.once('error', reject);
    socket.once('open', () => {
      resolve({
        viaHost: `${crypto.randomBytes(6).toString('hex')}.invalid`,
        send: (message) => socket.send(message),
        response(matches, limitMs) {
          const already = received.find(matches);
          if (already) return Promise.resolve(already);
          return new Promise((found, fail) => {
            const waiter = (response: SipResponse) => {
              if (!matches(response)) return;
              waiters.delete(waiter);
              clearTimeout(timer);
              found(response);
            };
            const timer = setTimeout(() => {
              waiters.delete(waiter);
              const seen = received.map((r) => `${r.status} ${r.cseqMethod}`).join(', ');
              fail(new Error(`no such SIP response within ${limitMs} ms (got: ${seen})`));
            }, limitMs);
            waiters.add(waiter);
          });
        },
        close: () => socket.close(),
      });
    });
  });
}

/** Fields of one request; the client builds Via, Max-Forwards and Content-Length. */
export interface SipRequest {
  method: string;
  uri: string;
  from: string;
  to: string;
  callId: string;
  cseq: number;
  branch: string;
  headers?: string[];
  body?: { type: string; text: string };
}

export function sipRequest(client: SipWebSocketClient, request: SipRequest): string {
  const body = request.body?.text ?? '';
  return [
    `${request.method} ${request.uri} SIP/2.0`,
    `Via: SIP/2.0/WS ${client.viaHost};branch=${request.branch};rport`,
    'Max-Forwards: 70',
    `From: ${request.from}`,
    `To: ${request.to}`,
    `Call-ID: ${request.callId}`,
    `CSeq: ${request.cseq} ${request.method}`,
    `Contact: <sip:probe@${client.viaHost};transport=ws>`,
    ...(request.headers ?? []),
    ...(request.body ? [`Content-Type: ${request.body.type}`] : []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

export const newBranch = () => `z9hG4bK${crypto.randomBytes(8).toString('hex')}`;
export const newTag = () => crypto.randomBytes(6).toString('hex');

/** An SDP offer shaped like Chromium's (ICE, DTLS-SRTP, rtcp-mux, SAVPF, opus and PCMU). */
export function webRtcLikeOffer(): string {
  const fingerprint = Array.from(crypto.randomBytes(32), (byte) =>
    byte.toString(16).padStart(2, '0').toUpperCase(),
  ).join(':');
  return [
    'v=0',
    `o=- ${Date.now()} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111 0',
    'c=IN IP4 0.0.0.0',
    'a=rtcp:9 IN IP4 0.0.0.0',
    `a=ice-ufrag:${crypto.randomBytes(3).toString('hex')}`,
    `a=ice-pwd:${crypto.randomBytes(12).toString('hex')}`,
    `a=fingerprint:sha-256 ${fingerprint}`,
    'a=setup:actpass',
    'a=mid:0',
    'a=sendrecv',
    'a=rtcp-mux',
    'a=rtpmap:111 opus/48000/2',
    'a=rtpmap:0 PCMU/8000',
    'a=candidate:1 1 udp 2122260223 127.0.0.1 9 typ host',
    '',
  ].join('\r\n');
}
