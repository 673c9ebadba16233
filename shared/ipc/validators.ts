import { z } from 'zod';
import { SECRET_NAMES } from '../domain/settings';
import type { MethodArgs, MethodName } from './contract';

const timeZone = z
  .string()
  .min(1)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/Chicago');

const settingsPatch = z
  .object({
    repId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'letters, digits, dot, dash or underscore (max 64)'),
    repName: z.string().trim().min(1).max(80),
    role: z.enum(['rep', 'supervisor']),
    repTimeZone: timeZone,
    telephonyProvider: z.enum(['simulated', 'twilio']),
    wrapUpSeconds: z.number().int().min(0).max(600),
  })
  .partial()
  .strict();

const none = z.tuple([]);

/** The arguments of every method, checked in the main process before any handler runs. */
export const argumentSchemas: { [M in MethodName]: z.ZodType<MethodArgs<M>> } = {
  'app.info': none,
  'settings.get': none,
  'settings.update': z.tuple([settingsPatch]),
  'settings.setSecret': z.tuple([z.enum(SECRET_NAMES), z.string().min(1).max(4096)]),
  'queue.summary': none,
};

/** Turns a validation failure into one sentence a person can act on. */
export function describeValidationError(method: MethodName, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `Invalid arguments for ${method}.`;
  const where = issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
  return `Invalid arguments for ${method}${where}: ${issue.message}.`;
}
