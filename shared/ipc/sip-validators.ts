import { z } from 'zod';
import {
  DIAL_PREFIX,
  ICE_SERVER_URL,
  SIP_AUTH_USER,
  SIP_CALLER_ID_HEADERS,
  SIP_HOST_ERROR_REASONS,
  SIP_NUMBER_FORMATS,
  SIP_ORIGINATORS,
  SIP_PROXY_URI,
  SIP_REALM,
  SIP_URI,
  SIP_WEBSOCKET_URL,
  type SipCallReport,
} from '../domain/sip';
import { E164_NUMBER } from '../domain/twilio';
import type { MethodArgs } from './contract';
import type { SipMethods } from './domains/sip';

const hostId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'a host id of 8–64 letters, digits or -');
const attemptId = z.string().min(1).max(100);
const text = z.string().max(2_000);
const originator = z.enum(SIP_ORIGINATORS);

const report: z.ZodType<SipCallReport> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connecting') }).strict(),
  z
    .object({
      type: z.literal('progress'),
      status: z.number().int().min(101).max(199),
      earlyMedia: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('accepted') }).strict(),
  z
    .object({
      type: z.literal('failed'),
      originator,
      status: z.number().int().min(100).max(699).nullable(),
      reasonPhrase: text,
      cause: text,
    })
    .strict(),
  z.object({ type: z.literal('ended'), originator, cause: text }).strict(),
  z
    .object({
      type: z.literal('host-error'),
      reason: z.enum(SIP_HOST_ERROR_REASONS),
      message: text,
    })
    .strict(),
]);

const optional = (pattern: RegExp, rule: string, max = 512) =>
  z.string().max(max).regex(pattern, rule).nullable();

/** The SIP fields of settings.update, spread into its schema. */
export const sipSettingsShape = {
  sipWebSocketUrl: optional(
    SIP_WEBSOCKET_URL,
    'the SIP server must be a wss:// address (ws:// only for localhost)',
    2_000,
  ),
  sipUri: optional(SIP_URI, 'the SIP URI must look like sip:alice@pbx.example.com'),
  sipAuthUser: optional(SIP_AUTH_USER, 'the user name may not hold spaces, quotes, @ or :'),
  sipRealm: optional(SIP_REALM, 'the realm may not hold spaces or quotes'),
  sipRegister: z.boolean(),
  sipOutboundProxy: optional(
    SIP_PROXY_URI,
    'the outbound proxy must be a SIP URI like sip:proxy.example.com;lr',
  ),
  sipCallerId: optional(E164_NUMBER, 'the caller ID must be in E.164 form, like +14155550123'),
  sipCallerIdHeader: z.enum(SIP_CALLER_ID_HEADERS),
  sipNumberFormat: z.enum(SIP_NUMBER_FORMATS),
  sipDialPrefix: optional(
    DIAL_PREFIX,
    'the dial prefix may hold only digits, * and # (no letters), at most 12',
  ),
  sipIceServers: z
    .array(
      z
        .string()
        .max(512)
        .regex(ICE_SERVER_URL, 'each ICE server starts with stun:, turn: or turns:'),
    )
    .max(8),
  sipTurnUsername: z.string().min(1).max(256).nullable(),
};

type SipMethodName = keyof SipMethods;

/** The arguments of the sip.* methods, spread into argumentSchemas. */
export const sipArgumentSchemas: { [M in SipMethodName]: z.ZodType<MethodArgs<M>> } = {
  'sip.attachHost': z.tuple([hostId]),
  'sip.hostAlive': z.tuple([hostId]),
  'sip.detachHost': z.tuple([hostId]),
  'sip.report': z.tuple([hostId, attemptId, report]),
  'sip.account': z.tuple([]),
  'sip.testConnection': z.tuple([]),
};
