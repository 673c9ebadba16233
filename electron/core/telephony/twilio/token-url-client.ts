import { z } from 'zod';
import type { TwilioTokenGrant } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';
import { hostOf, networkReason, type FetchLike } from './http-fetch';
import { inspectVoiceToken } from './token-inspection';

export interface TokenUrlRequest {
  url: string;
  identity: string;
  /** Sent as a bearer token when the team's server asks for one. */
  key: string | null;
  nowMs: number;
  fetch: FetchLike;
  timeoutMs?: number;
}

const MAX_ANSWER_CHARS = 64 * 1024;
const answerSchema = z.object({
  token: z
    .string()
    .min(1)
    .max(16 * 1024),
});

/**
 * POSTs {"identity": "..."} to the team's token URL and checks that the answer is JSON
 * {"token": "..."} holding a usable Voice access token.
 */
export async function fetchTokenFromUrl(request: TokenUrlRequest): Promise<TwilioTokenGrant> {
  const host = hostOf(request.url);
  let status: number;
  let body: string;
  try {
    const response = await request.fetch(request.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(request.key ? { authorization: `Bearer ${request.key}` } : {}),
      },
      body: JSON.stringify({ identity: request.identity }),
      redirect: 'error',
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    throw unavailable(
      `Could not reach the token server at ${host} (${networkReason(error)}). ` +
        'Check the token URL in settings and the internet connection.',
    );
  }
  if (status === 401 || status === 403) {
    throw unavailable(
      `The token server at ${host} refused Dialdeck (HTTP ${status}): ` +
        'check the token server key in settings, or ask whoever runs the server.',
    );
  }
  if (status < 200 || status > 299) {
    throw unavailable(
      `The token server at ${host} answered HTTP ${status} instead of a token: ask whoever runs it.`,
    );
  }
  const token = tokenIn(body);
  if (token === null) {
    throw unavailable(
      `The token server at ${host} answered without a token: it must answer JSON like {"token": "…"}.`,
    );
  }
  const inspection = inspectVoiceToken(token, request.nowMs);
  if (!inspection.ok) {
    throw unavailable(`The token server at ${host} sent a bad token. ${inspection.message}`);
  }
  return { token, identity: inspection.identity, expiresAt: inspection.expiresAt };
}

function tokenIn(body: string): string | null {
  if (body.length > MAX_ANSWER_CHARS) return null;
  try {
    const parsed = answerSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.token : null;
  } catch {
    return null;
  }
}

function unavailable(message: string): DomainError {
  return new DomainError('unavailable', message);
}
