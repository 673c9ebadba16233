import type { IncomingMessage } from 'node:http';
import type { FieldProblem } from './intake-candidate';

/** A posted lead larger than this is refused unread (413). */
export const MAX_LEAD_BODY_BYTES = 64 * 1024;

export type LeadBody =
  | { ok: true; fields: Record<string, string> }
  | { ok: false; status: 400 | 413 | 415; code: string; message: string; fields: FieldProblem[] };

/** Reads at most `maxBytes` of the body; null when it is longer (the rest is not buffered). */
export async function readBoundedBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A lead as a JSON object or an HTML form (`application/x-www-form-urlencoded`), as flat text
 * fields. Numbers and booleans in JSON are read as their text; a nested value is refused.
 */
export async function readLeadBody(request: IncomingMessage): Promise<LeadBody> {
  const body = await readBoundedBody(request, MAX_LEAD_BODY_BYTES);
  if (body === null) {
    return {
      ok: false,
      status: 413,
      code: 'too-large',
      message: `A lead is at most ${MAX_LEAD_BODY_BYTES / 1024} KB.`,
      fields: [],
    };
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const text = body.toString('utf8');
  if (type === 'application/x-www-form-urlencoded') {
    const fields: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(text)) fields[name] ??= value;
    return { ok: true, fields };
  }
  if (type === 'application/json' || type === '') return jsonFields(text);
  return {
    ok: false,
    status: 415,
    code: 'unsupported-type',
    message: `Send the lead as application/json or application/x-www-form-urlencoded, not ${type}.`,
    fields: [],
  };
}

function jsonFields(text: string): LeadBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return invalid(`The body is not JSON: ${(error as Error).message}`, []);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalid('The body must be one JSON object, one lead: {"phone": "+14155550100", …}.', []);
  }
  const fields: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(parsed)) {
    if (value === null) continue;
    if (typeof value === 'string') fields[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') fields[name] = String(value);
    else
      problems.push({
        field: name,
        problem: 'must be text, a number or true/false, not a list or object',
      });
  }
  return problems.length > 0
    ? invalid('Some fields are not plain values.', problems)
    : { ok: true, fields };
}

function invalid(message: string, fields: FieldProblem[]): LeadBody {
  return { ok: false, status: 400, code: 'invalid-body', message, fields };
}
