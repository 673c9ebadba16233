import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerSecret } from '../../auth/rep-key';
import type { GroupCommit } from '../../db';
import { intakeCandidate, type FieldProblem } from './intake-candidate';
import type { IntakeKeyCache } from './intake-key-cache';
import { replyError, replyJson } from './intake-reply';
import type { KeyRateLimit } from './key-rate-limit';
import { readLeadBody } from './read-lead-body';
import { storePoolLead } from './store-pool-lead';
import { teamCampaignExists, WEB_LEADS_CAMPAIGN_ID } from './team-campaign-lookup';

export interface LeadIntakeDeps {
  /** Stores a lead in a transaction shared with the leads posted at the same moment. */
  batcher: Pick<GroupCommit, 'run'>;
  keys: Pick<IntakeKeyCache, 'authenticate'>;
  limit: Pick<KeyRateLimit, 'take'>;
  now: () => number;
}

const MAX_EXTERNAL_ID = 200;
const MAX_SOURCE = 200;

/**
 * `POST /api/leads`: a web form's or a CRM's lead, through the importer's validation, into the
 * team pool. The key is checked and rate limited before the body is read; a refused lead stores
 * nothing.
 */
export async function postLead(
  deps: LeadIntakeDeps,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const arrivedAt = deps.now();
  const presented = bearerSecret(request.headers.authorization) ?? url.searchParams.get('key');
  if (!presented) {
    return replyError(
      response,
      401,
      'no-key',
      'Send the intake key as "Authorization: Bearer <key>" or ?key=<key>. A supervisor makes one with `npm run hub -- --data-dir DIR --intake-key SOURCE`.',
    );
  }
  const sender = await deps.keys.authenticate(presented);
  if (!sender) {
    return replyError(response, 401, 'bad-key', 'This intake key is not (or no longer) valid.');
  }
  const allowed = deps.limit.take(sender.keyId);
  if (!allowed.ok) {
    const seconds = Math.max(1, Math.ceil(allowed.retryAfterMs / 1000));
    return replyError(
      response,
      429,
      'rate-limited',
      `Too many leads from this key; retry in ${seconds} s.`,
      [],
      { 'retry-after': String(seconds) },
    );
  }
  const body = await readLeadBody(request);
  if (!body.ok) {
    return replyError(response, body.status, body.code, body.message, body.fields, {
      ...(body.status === 413 ? { connection: 'close' } : {}),
    });
  }
  const { fields } = body;
  const problems = deliveryProblems(fields);
  const built = intakeCandidate(fields, arrivedAt);
  if (!built.ok) problems.push(...built.problems);
  if (!built.ok || problems.length > 0) {
    return replyError(response, 400, 'invalid-lead', 'The lead was not stored.', problems);
  }
  const campaignId = fields.campaign?.trim() || WEB_LEADS_CAMPAIGN_ID;
  const origin = {
    source: fields.source?.trim() || sender.source,
    sourceKey: sender.keyId,
    externalId: fields.externalId?.trim() || null,
  };
  const stored = await deps.batcher.run(async (tx) => {
    if (!(await teamCampaignExists(tx, campaignId))) return null;
    return storePoolLead(tx, campaignId, built.candidate, origin, arrivedAt);
  });
  if (!stored) {
    return replyError(response, 400, 'invalid-lead', 'The lead was not stored.', [
      { field: 'campaign', problem: `no team campaign has the id "${campaignId}"` },
    ]);
  }
  const answer = { leadId: stored.leadId, status: stored.status };
  if (stored.kind === 'known') return replyJson(response, 200, answer);
  replyJson(
    response,
    201,
    built.warnings.length > 0 ? { ...answer, warnings: built.warnings } : answer,
  );
}

function deliveryProblems(fields: Readonly<Record<string, string>>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if ((fields.externalId?.length ?? 0) > MAX_EXTERNAL_ID) {
    problems.push({ field: 'externalId', problem: `longer than ${MAX_EXTERNAL_ID} characters` });
  }
  if ((fields.source?.length ?? 0) > MAX_SOURCE) {
    problems.push({ field: 'source', problem: `longer than ${MAX_SOURCE} characters` });
  }
  return problems;
}
