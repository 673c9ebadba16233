import { z } from 'zod';

/** Messages of the browser-mode bridge. Clients are untrusted: everything is validated. */
export const clientMessageSchema = z
  .object({
    type: z.literal('call'),
    id: z.number().int().nonnegative(),
    method: z.string().max(100),
    args: z.array(z.unknown()).max(20),
  })
  .strict();

export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const MAX_MESSAGE_BYTES = 1024 * 1024;
