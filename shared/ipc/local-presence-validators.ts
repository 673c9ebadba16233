import { z } from 'zod';
import type { LocalPresenceSettings } from '../domain/local-presence';
import { localPresenceProblems } from '../domain/local-presence-problems';

const poolNumber = z
  .object({ number: z.string().max(40), label: z.string().max(200).nullable() })
  .strict();

/** The pool's structure alone: what a stored pool must be to be read at all. */
export const localPresenceStructure = z
  .object({
    numbers: z.array(poolNumber).max(10_000),
    countries: z.array(z.string().max(10)).max(300),
    defaultNumber: z.string().max(40).nullable(),
  })
  .strict();

/** The caller ID pool as one setting, so the numbers, countries and default are checked together. */
export const localPresenceSchema: z.ZodType<LocalPresenceSettings> =
  localPresenceStructure.superRefine((settings, context) => {
    for (const { place, message } of localPresenceProblems(settings)) {
      const path = place.field === 'number' ? ['numbers', place.index] : [place.field];
      // describeValidationError ends the sentence itself.
      context.addIssue({ code: 'custom', path, message: message.replace(/\.$/, '') });
    }
  });

/** The local presence field of settings.update, spread into its schema. */
export const localPresenceSettingsShape = { localPresence: localPresenceSchema };
