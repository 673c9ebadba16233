import { z } from 'zod';
import { ianaZoneSchema } from '../domain/iana-zone';
import {
  MAX_TEAM_CAMPAIGNS,
  TEAM_CAMPAIGN_ID_PATTERN,
  teamCampaignNameSchema,
  teamCampaignPatchSchema,
  teamCampaignSchema,
} from '../domain/team-campaign';
import { PAUSE_CODES, type SessionStateName } from '../domain/session';
import {
  FLOOR_PROTOCOL_VERSION,
  OPAQUE_ID_PATTERN,
  REP_ID_PATTERN,
  type FloorEvent,
  type FloorEventBody,
  type HubToRepMessage,
  type RepMessage,
} from './protocol';
import { ESCALATION_ANSWER_KINDS, MAX_ESCALATION_REPLY } from './escalation';
import type { ViewerCommand } from './viewer-protocol';

const SESSION_STATES = [
  'idle',
  'preview',
  'dialing',
  'ringing',
  'connected',
  'wrap-up',
  'paused',
] as const satisfies readonly SessionStateName[];

/** Epoch milliseconds between 2000 and 2200: anything else is a broken clock or a forgery. */
const epochMs = z.number().int().min(946_684_800_000).max(7_258_118_400_000);
const leadId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const opaqueId = z.string().regex(OPAQUE_ID_PATTERN, 'must be 8–64 letters, digits, - or _');
const repId = z.string().regex(REP_ID_PATTERN, 'letters, digits, dot, dash or underscore (max 64)');
const shortText = z.string().max(200);
const sessionState = z.enum(SESSION_STATES);
/** E.164: a plus, then 8 to 15 digits. */
const phoneE164 = z
  .string()
  .regex(/^\+[1-9]\d{7,14}$/, 'must be a number in E.164 form (+15551234567)');
/** The pool's ids: a lead's UUID, an offer's `<lead id>:<assignment>`. */
const poolId = z
  .string()
  .regex(/^[A-Za-z0-9_:-]{1,100}$/, 'must be 1–100 letters, digits, -, _ or :');
const optionalText = (max: number) => z.string().max(max).nullable();

const stateBody = z
  .object({
    type: z.literal('state'),
    state: sessionState,
    since: epochMs,
    pauseCode: z.enum(PAUSE_CODES).nullable(),
    lead: z
      .object({
        id: leadId,
        createdAt: epochMs,
        name: shortText.optional(),
        source: shortText.nullable().optional(),
      })
      .strict()
      .nullable(),
  })
  .strict();

const attemptBody = z
  .object({
    type: z.literal('attempt'),
    attemptId: shortText.min(1),
    leadId,
    outcomeCode: z.string().min(1).max(64).nullable(),
    calledOff: z.literal(true).optional(),
    contact: z.boolean(),
    conversion: z.boolean(),
    startedAt: epochMs,
    answeredAt: epochMs.nullable(),
    endedAt: epochMs.nullable(),
    talkSeconds: z.number().nonnegative().max(86_400),
    recordedAt: epochMs.nullable(),
    leadCreatedAt: epochMs,
    leadFirstAttemptAt: epochMs.nullable(),
    poolLeadId: poolId.optional(),
    callbackAt: epochMs.nullable().optional(),
    outcomeWithdrawn: z.literal(true).optional(),
    source: shortText.nullable().optional(),
    campaign: z
      .object({ id: shortText.min(1), name: shortText })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

const escalationBody = z
  .object({
    type: z.literal('escalation'),
    escalationId: opaqueId,
    leadId: leadId.nullable(),
    attemptId: shortText.min(1).nullable(),
    note: z.string().max(2000),
    call: z
      .object({
        leadName: shortText,
        phone: z.string().max(32),
        source: shortText.nullable(),
        state: sessionState,
        startedAt: epochMs.nullable(),
        answeredAt: epochMs.nullable(),
        endedAt: epochMs.nullable(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

const leadWaitingBody = z
  .object({
    type: z.literal('lead-waiting'),
    count: z.number().int().nonnegative().max(10_000_000),
    oldestCreatedAt: epochMs.nullable(),
  })
  .strict();

const dncAddedBody = z
  .object({ type: z.literal('dnc-added'), phoneE164, reason: optionalText(500) })
  .strict();

const envelope = {
  eventId: opaqueId,
  repId,
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  at: epochMs,
};

export const floorEventBodySchema: z.ZodType<FloorEventBody> = z.discriminatedUnion('type', [
  stateBody,
  attemptBody,
  escalationBody,
  leadWaitingBody,
  dncAddedBody,
]);

export const floorEventSchema: z.ZodType<FloorEvent> = z.discriminatedUnion('type', [
  stateBody.extend(envelope).strict(),
  attemptBody.extend(envelope).strict(),
  escalationBody.extend(envelope).strict(),
  leadWaitingBody.extend(envelope).strict(),
  dncAddedBody.extend(envelope).strict(),
]);

export const repMessageSchema: z.ZodType<RepMessage> = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('hello'),
      protocol: z.literal(FLOOR_PROTOCOL_VERSION),
      repId,
      repName: z.string().trim().min(1).max(80),
      timeZone: ianaZoneSchema,
      streamId: opaqueId,
      escalationAnswers: z.literal(true).optional(),
      dncCursor: z.number().int().nonnegative().optional(),
      campaignsVersion: z.number().int().nonnegative().optional(),
    })
    .strict(),
  z.object({ type: z.literal('event'), event: floorEventSchema }).strict(),
  z.object({ type: z.literal('pool-received'), offerId: poolId }).strict(),
  z.object({ type: z.literal('pool-revoked'), offerId: poolId }).strict(),
  z
    .object({ type: z.literal('pool-dial'), requestId: opaqueId, leadId: poolId, offerId: poolId })
    .strict(),
]);

const poolLeadPayload = z
  .object({
    id: poolId,
    campaignId: z.string().min(1).max(100),
    phoneE164,
    firstName: z.string().max(200),
    lastName: z.string().max(200),
    email: optionalText(320),
    company: z.string().max(200),
    source: optionalText(200),
    createdAt: epochMs,
    timeZone: optionalText(64),
    country: optionalText(2),
    region: optionalText(100),
    postalCode: optionalText(20),
    notes: optionalText(10_000),
    custom: z.record(z.string().max(200), z.string().max(2000)),
    attemptCount: z.number().int().nonnegative().max(10_000),
    firstAttemptAt: epochMs.nullable(),
    callbackAt: epochMs.nullable(),
  })
  .strict();

export const hubToRepMessageSchema: z.ZodType<HubToRepMessage> = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('welcome'),
      repId,
      streamId: opaqueId,
      ackedSeq: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ type: z.literal('ack'), upToSeq: z.number().int().nonnegative() }).strict(),
  z
    .object({
      type: z.literal('escalations'),
      escalations: z
        .array(
          z
            .object({
              escalationId: opaqueId,
              raisedAt: epochMs,
              answer: z
                .object({
                  kind: z.enum(ESCALATION_ANSWER_KINDS),
                  text: z.string().max(MAX_ESCALATION_REPLY).nullable(),
                  by: z.string().max(80),
                  at: epochMs,
                })
                .strict()
                .nullable(),
            })
            .strict(),
        )
        .max(100),
    })
    .strict(),
  z
    .object({
      type: z.literal('team-campaigns'),
      campaigns: z.array(teamCampaignSchema).max(MAX_TEAM_CAMPAIGNS),
      version: z.number().int().nonnegative(),
    })
    .strict(),
  z
    .object({
      type: z.literal('pool-offer'),
      offerId: poolId,
      lead: poolLeadPayload,
      claimUntil: epochMs,
      hubNow: epochMs,
    })
    .strict(),
  z
    .object({
      type: z.literal('pool-lease'),
      leases: z.array(z.object({ leadId: poolId, claimUntil: epochMs }).strict()).max(10_000),
      hubNow: epochMs,
    })
    .strict(),
  z
    .object({ type: z.literal('pool-revoke'), leadId: poolId, offerId: poolId, reason: shortText })
    .strict(),
  z
    .object({
      type: z.literal('pool-dial-answer'),
      requestId: opaqueId,
      ok: z.boolean(),
      reason: shortText.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('team-dnc'),
      entries: z
        .array(
          z
            .object({
              phoneE164,
              addedAt: epochMs,
              addedBy: optionalText(80),
              reason: optionalText(500),
            })
            .strict(),
        )
        .max(500),
      cursor: z.number().int().nonnegative(),
    })
    .strict(),
]);

/** A supervisor's answer: a reply has words, the other answers none. */
export const escalationAnswerSchema = z
  .object({
    kind: z.enum(ESCALATION_ANSWER_KINDS),
    text: z.string().trim().max(MAX_ESCALATION_REPLY).nullable(),
  })
  .strict()
  .refine((answer) => (answer.kind === 'reply') === (answer.text !== null && answer.text !== ''), {
    message: 'a reply needs a few words (and only a reply has them)',
    path: ['text'],
  });

const requestId = z.number().int().nonnegative();
const by = z.string().trim().min(1).max(80);

export const viewerCommandSchema: z.ZodType<ViewerCommand> = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('acknowledge-alert'), requestId, alertId: shortText.min(1), by })
    .strict(),
  z
    .object({
      type: z.literal('acknowledge-escalation'),
      requestId,
      escalationId: opaqueId,
      by,
    })
    .strict(),
  z
    .object({
      type: z.literal('answer-escalation'),
      requestId,
      escalationId: opaqueId,
      answer: escalationAnswerSchema,
      by,
    })
    .strict(),
  z
    .object({
      type: z.literal('snooze-rep'),
      requestId,
      repId,
      minutes: z
        .number()
        .int()
        .min(1)
        .max(8 * 60),
      by,
    })
    .strict(),
  z.object({ type: z.literal('list-wall-tokens'), requestId }).strict(),
  z
    .object({
      type: z.literal('create-wall-token'),
      requestId,
      label: shortText.trim().min(1, 'a name for the screen, like "Sales floor TV"').max(80),
      by,
    })
    .strict(),
  z.object({ type: z.literal('revoke-wall-token'), requestId, tokenId: opaqueId, by }).strict(),
  z
    .object({
      type: z.literal('add-team-dnc'),
      requestId,
      phoneE164,
      reason: optionalText(500),
      by,
    })
    .strict(),
  z.object({ type: z.literal('list-team-campaigns'), requestId }).strict(),
  z
    .object({
      type: z.literal('create-team-campaign'),
      requestId,
      name: teamCampaignNameSchema,
      by,
    })
    .strict(),
  z
    .object({
      type: z.literal('update-team-campaign'),
      requestId,
      campaignId: z.string().regex(TEAM_CAMPAIGN_ID_PATTERN, 'not a team campaign id'),
      version: z.number().int().nonnegative(),
      patch: teamCampaignPatchSchema,
      by,
    })
    .strict(),
]);

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** JSON text → a validated message, or one sentence saying what is wrong with it. */
export function parseMessage<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `${where}${issue?.message ?? 'invalid message'}` };
}
