import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintVoiceAccessToken } from '../../../../electron/core/telephony/twilio/access-token';

export interface FakeTwilioAccount {
  accountSid: string;
  apiKeySid: string;
  apiKeySecret: string;
  /** TwiML App SID → its Voice URL ('' for none). */
  apps: Record<string, string>;
  ownedNumbers: string[];
  verifiedCallerIds: string[];
  /** The bearer key the token endpoint wants, or null for none. */
  tokenKey: string | null;
}

export interface FakeTwilioApi {
  url: string;
  requests: Array<{ method: string; path: string; authorization: string | null; body: string }>;
  close(): Promise<void>;
}

/**
 * Twilio's REST API as "Test connection" uses it (the TwiML App, phone numbers and verified
 * caller IDs, with the API key as Basic auth), plus a team token server at POST /token.
 */
export async function startFakeTwilioApi(account: FakeTwilioAccount): Promise<FakeTwilioApi> {
  const requests: FakeTwilioApi['requests'] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      requests.push({
        method: request.method ?? '',
        path: url.pathname + url.search,
        authorization: request.headers.authorization ?? null,
        body,
      });
      const [status, answer] = route(account, request.method ?? '', url, request.headers, body);
      response
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function route(
  account: FakeTwilioAccount,
  method: string,
  url: URL,
  headers: http.IncomingHttpHeaders,
  body: string,
): [number, unknown] {
  if (method === 'POST' && url.pathname === '/token') {
    if (account.tokenKey !== null && headers.authorization !== `Bearer ${account.tokenKey}`) {
      return [401, { error: 'unauthorized' }];
    }
    const { identity } = JSON.parse(body) as { identity: string };
    const { token } = mintVoiceAccessToken({
      accountSid: account.accountSid,
      apiKeySid: account.apiKeySid,
      apiKeySecret: account.apiKeySecret,
      appSid: Object.keys(account.apps)[0] ?? '',
      identity,
      nowMs: Date.now(),
    });
    return [200, { token }];
  }
  if (method === 'POST' && url.pathname === '/token-without-token')
    return [200, { hello: 'there' }];
  if (method === 'POST') return [404, { error: 'no such endpoint' }];
  const expected = `Basic ${Buffer.from(`${account.apiKeySid}:${account.apiKeySecret}`).toString('base64')}`;
  const prefix = `/2010-04-01/Accounts/${account.accountSid}/`;
  if (method !== 'GET' || headers.authorization !== expected || !url.pathname.startsWith(prefix)) {
    return [401, { code: 20003, message: 'Authenticate', status: 401 }];
  }
  const resource = url.pathname.slice(prefix.length);
  const app = /^Applications\/(\w+)\.json$/.exec(resource)?.[1];
  if (app !== undefined) {
    const voiceUrl = account.apps[app];
    if (voiceUrl === undefined) return [404, { code: 20404, message: 'Not found', status: 404 }];
    return [200, { sid: app, friendly_name: 'Dialdeck outbound', voice_url: voiceUrl }];
  }
  const number = url.searchParams.get('PhoneNumber') ?? '';
  if (resource === 'IncomingPhoneNumbers.json') {
    const found = account.ownedNumbers.includes(number) ? [{ phone_number: number }] : [];
    return [200, { incoming_phone_numbers: found }];
  }
  if (resource === 'OutgoingCallerIds.json') {
    const found = account.verifiedCallerIds.includes(number) ? [{ phone_number: number }] : [];
    return [200, { outgoing_caller_ids: found }];
  }
  return [404, { code: 20404, message: 'Not found', status: 404 }];
}
