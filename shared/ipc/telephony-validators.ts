import { z } from 'zod';
import {
  ACCOUNT_SID,
  API_KEY_SID,
  E164_NUMBER,
  HOST_ERROR_REASONS,
  TWILIO_EDGES,
  TWILIO_TOKEN_MODES,
  TOKEN_URL,
  TWIML_APP_SID,
  type TwilioCallReport,
} from '../domain/twilio';
import type { MethodArgs } from './contract';
import type { TelephonyMethods } from './domains/telephony';

const hostId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'a host id of 8–64 letters, digits or -');
const attemptId = z.string().min(1).max(100);
const callSid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a call SID');
const errorCode = z.number().int().min(0).max(99_999);
const text = z.string().max(2_000);
const warningName = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a warning name');

const report: z.ZodType<TwilioCallReport> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connecting') }).strict(),
  z.object({ type: z.literal('ringing'), callSid }).strict(),
  z.object({ type: z.literal('accept'), callSid }).strict(),
  z.object({ type: z.literal('disconnect') }).strict(),
  z.object({ type: z.literal('cancel') }).strict(),
  z.object({ type: z.literal('reject') }).strict(),
  z.object({ type: z.literal('error'), code: errorCode, message: text }).strict(),
  z.object({ type: z.literal('reconnecting'), code: errorCode, message: text }).strict(),
  z.object({ type: z.literal('reconnected') }).strict(),
  z.object({ type: z.literal('warning'), name: warningName }).strict(),
  z.object({ type: z.literal('warning-cleared'), name: warningName }).strict(),
  z
    .object({ type: z.literal('host-error'), reason: z.enum(HOST_ERROR_REASONS), message: text })
    .strict(),
]);

export const tokenUrl = z
  .string()
  .max(2_000)
  .regex(TOKEN_URL, 'must be an https:// address (http:// only for localhost)');

const sid = (pattern: RegExp, rule: string) => z.string().regex(pattern, rule).nullable();

/** The Twilio fields of settings.update, spread into its schema. */
export const twilioSettingsShape = {
  twilioTokenMode: z.enum(TWILIO_TOKEN_MODES),
  twilioTokenUrl: tokenUrl.nullable(),
  twilioAccountSid: sid(ACCOUNT_SID, 'an Account SID is AC followed by 32 hex digits'),
  twilioApiKeySid: sid(API_KEY_SID, 'an API key SID is SK followed by 32 hex digits'),
  twilioAppSid: sid(TWIML_APP_SID, 'a TwiML App SID is AP followed by 32 hex digits'),
  twilioCallerId: sid(E164_NUMBER, 'the caller ID must be in E.164 form, like +14155550123'),
  twilioEdge: z.enum(TWILIO_EDGES),
  audioInputDeviceId: z.string().min(1).max(512).nullable(),
  audioOutputDeviceId: z.string().min(1).max(512).nullable(),
};

type TelephonyMethodName = keyof TelephonyMethods;

/** The arguments of the telephony.* methods, spread into argumentSchemas. */
export const telephonyArgumentSchemas: {
  [M in TelephonyMethodName]: z.ZodType<MethodArgs<M>>;
} = {
  'telephony.attachHost': z.tuple([hostId]),
  'telephony.hostAlive': z.tuple([hostId]),
  'telephony.detachHost': z.tuple([hostId]),
  'telephony.report': z.tuple([hostId, attemptId, report]),
  'telephony.token': z.tuple([]),
  'telephony.testConnection': z.tuple([]),
};
