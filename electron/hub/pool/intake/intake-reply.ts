import type { ServerResponse } from 'node:http';
import type { FieldProblem } from './intake-candidate';

export function replyJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    .end(JSON.stringify(body));
}

/** The API's one error shape: `{"error": {"code", "message", "fields"}}`. */
export function replyError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  fields: readonly FieldProblem[] = [],
  headers: Record<string, string> = {},
): void {
  replyJson(response, status, { error: { code, message, fields } }, headers);
}
