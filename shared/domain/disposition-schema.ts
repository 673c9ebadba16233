import { z } from 'zod';
import type { Disposition } from './disposition';

const disposition = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes'),
    label: z.string().trim().min(1).max(60),
    hotkey: z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']).nullable(),
    flags: z
      .object({
        contact: z.boolean(),
        conversion: z.boolean(),
        final: z.boolean(),
        dnc: z.boolean(),
        callback: z.boolean(),
        retry: z.boolean(),
      })
      .strict(),
    retryAfterMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 60)
      .nullable(),
  })
  .strict();

/** An outcome list as people edit it: unique codes and keys, no-answer kept. */
export const dispositionListSchema = z
  .array(disposition)
  .min(1)
  .max(40)
  .superRefine((list: Disposition[], context) => {
    const codes = new Set<string>();
    const keys = new Set<string>();
    for (const item of list) {
      if (codes.has(item.code))
        context.addIssue({ code: 'custom', message: `the code "${item.code}" is used twice` });
      codes.add(item.code);
      if (item.hotkey !== null) {
        if (keys.has(item.hotkey))
          context.addIssue({ code: 'custom', message: `the key ${item.hotkey} is used twice` });
        keys.add(item.hotkey);
      }
    }
    // The session records it by itself for calls nobody answers (busy and failed are built in).
    if (!codes.has('no-answer')) {
      context.addIssue({
        code: 'custom',
        message: 'keep the "no-answer" outcome: the dialer records it for calls nobody answers',
      });
    }
  });
