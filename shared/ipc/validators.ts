import { saveCallingRuleSchema } from '../domain/calling-rules';
import { z } from 'zod';
import { ianaZoneSchema } from '../domain/iana-zone';
import { SECRET_NAMES, TELEPHONY_PROVIDERS } from '../domain/settings';
import { PAUSE_CODES } from '../domain/session';
import { dispositionListSchema } from '../domain/disposition-schema';
import type { MethodArgs, MethodName } from './contract';
import { sipArgumentSchemas, sipSettingsShape } from './sip-validators';
import { telephonyArgumentSchemas, twilioSettingsShape } from './telephony-validators';
import { leadArgumentSchemas, leadSettingsShape } from './lead-validators';
import { floorArgumentSchemas, hubSettingsShape } from './floor-validators';
import { localPresenceSettingsShape } from './local-presence-validators';
import { reportArgumentSchemas } from './reports-validators';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, 00:00 to 23:59');

const settingsPatch = z
  .object({
    repId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'letters, digits, dot, dash or underscore (max 64)'),
    repName: z.string().trim().min(1).max(80),
    role: z.enum(['rep', 'supervisor']),
    setupComplete: z.literal(true),
    repTimeZone: ianaZoneSchema,
    telephonyProvider: z.enum(TELEPHONY_PROVIDERS),
    dialMode: z.enum(['power', 'preview']),
    wrapUpSeconds: z.number().int().min(1).max(600),
    keepOutcomesNotOnTheLine: z.boolean(),
    shiftStart: clockTime,
    shiftEnd: clockTime,
    ...twilioSettingsShape,
    ...sipSettingsShape,
    ...leadSettingsShape,
    ...hubSettingsShape,
    ...localPresenceSettingsShape,
  })
  .partial()
  .strict();

const none = z.tuple([]);

const epochMs = z.number().int().min(0).max(8.64e15);

/** The arguments of every method, checked in the main process before any handler runs. */
export const argumentSchemas: { [M in MethodName]: z.ZodType<MethodArgs<M>> } = {
  'app.info': none,
  'settings.get': none,
  'settings.update': z.tuple([settingsPatch]),
  'settings.setSecret': z.tuple([z.enum(SECRET_NAMES), z.string().min(1).max(4096)]),
  'queue.summary': none,
  'callingRules.list': none,
  'callingRules.save': z.tuple([saveCallingRuleSchema]),
  'session.snapshot': none,
  'session.start': none,
  'session.dial': none,
  'session.dialLead': z.tuple([z.number().int().min(1)]),
  'session.hangup': none,
  'session.setMuted': z.tuple([z.boolean()]),
  'session.sendDigits': z.tuple([z.string().regex(/^[0-9*#A-D]{1,32}$/, 'only 0-9, *, # and A-D')]),
  'session.selectOutcome': z.tuple([z.string().min(1).max(40)]),
  'session.setNote': z.tuple([z.string().max(4000)]),
  'session.setCallbackAt': z.tuple([epochMs.nullable()]),
  'session.confirm': none,
  'session.undo': none,
  'session.skip': z.tuple([z.string().trim().min(1).max(200)]),
  'session.pause': z.tuple([z.enum(PAUSE_CODES)]),
  'session.resume': none,
  'session.stop': none,
  'dispositions.list': none,
  'dispositions.update': z.tuple([dispositionListSchema]),
  'dispositions.byCampaign': none,
  'kpi.today': none,
  'attempts.today': none,
  'scripts.forCampaign': z.tuple([z.string().min(1).max(100)]),
  ...leadArgumentSchemas,
  ...telephonyArgumentSchemas,
  ...sipArgumentSchemas,
  ...floorArgumentSchemas,
  ...reportArgumentSchemas,
};

/** Turns a validation failure into one sentence a person can act on. */
export function describeValidationError(method: MethodName, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `Invalid arguments for ${method}.`;
  const where = issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
  return `Invalid arguments for ${method}${where}: ${issue.message}.`;
}
