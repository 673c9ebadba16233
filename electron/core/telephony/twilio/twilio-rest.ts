import { networkReason, type FetchLike } from './http-fetch';

export const TWILIO_API_BASE = 'https://api.twilio.com';

export interface TwilioRestAccess {
  fetch: FetchLike;
  baseUrl: string;
  accountSid: string;
  apiKeySid: string;
  apiKeySecret: string;
}

export type RestAnswer =
  | { kind: 'answer'; status: number; body: Record<string, unknown> }
  | { kind: 'unreachable'; reason: string };

/** GET on the account's 2010-04-01 REST API, authenticated with the API key (never logged). */
export async function getFromAccount(
  access: TwilioRestAccess,
  resource: string,
  query: Record<string, string> = {},
): Promise<RestAnswer> {
  const search = new URLSearchParams(query).toString();
  const url =
    `${access.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(access.accountSid)}/${resource}.json` +
    (search ? `?${search}` : '');
  const basic = Buffer.from(`${access.apiKeySid}:${access.apiKeySecret}`, 'utf8').toString(
    'base64',
  );
  try {
    const response = await access.fetch(url, {
      method: 'GET',
      headers: { authorization: `Basic ${basic}`, accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    return { kind: 'answer', status: response.status, body: parseObject(text) };
  } catch (error) {
    return { kind: 'unreachable', reason: networkReason(error) };
  }
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
