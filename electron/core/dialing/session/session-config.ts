import { z } from 'zod';
import { DomainError } from '../../../../shared/result';

const seconds = (min: number, max: number, fallback: number) =>
  z.number().int().min(min).max(max).default(fallback);

export const sessionConfigSchema = z
  .object({
    /** power: the next lead is dialed at once · preview: the rep sees it and starts the dial. */
    mode: z.enum(['power', 'preview']).default('power'),
    /** After an outcome: go to the next lead (dial or preview by mode), or stop in idle. */
    autoAdvance: z.boolean().default(true),
    /**
     * Wrap-up countdown after a call the rep handled (45 s: the field's average after-call work);
     * it holds as soon as the rep edits the outcome, note or callback time.
     */
    wrapUpSeconds: seconds(1, 600, 45),
    /** Wrap-up after a call that reached nobody and got its outcome automatically. */
    autoWrapUpSeconds: seconds(0, 60, 2),
    /** Ringing this long without an answer: hang up, outcome no-answer. */
    noAnswerTimeoutSeconds: seconds(5, 300, 25),
    /** Dialing this long without any sign from the line: hang up, outcome failed. */
    stuckDialingTimeoutSeconds: seconds(3, 300, 15),
    /** hang-up: a machine answer ends the call as no-answer · rep-leaves-voicemail: the rep is connected. */
    machineAnswer: z.enum(['hang-up', 'rep-leaves-voicemail']).default('hang-up'),
    /**
     * A contact or conversion outcome on a call no person answered: false refuses it with the
     * reason; true keeps it, marked not on the line, out of the KPIs and the floor.
     */
    keepOutcomesNotOnTheLine: z.boolean().default(false),
    /** Failed calls in a row before the session pauses instead of burning through the queue. */
    maxConsecutiveLineFailures: z.number().int().min(1).max(100).default(3),
    /** Caller ID to present, E.164; null lets the provider choose. */
    callerId: z
      .string()
      .regex(/^\+[1-9]\d{1,14}$/, 'caller ID must be in E.164 form, like +14155550123')
      .nullable()
      .default(null),
  })
  .strict();

export type SessionConfig = z.output<typeof sessionConfigSchema>;
export type SessionConfigInput = z.input<typeof sessionConfigSchema>;
export type DialMode = SessionConfig['mode'];

/** Fills in the defaults; throws DomainError('invalid-argument') naming every bad setting. */
export function resolveSessionConfig(input: unknown = {}): SessionConfig {
  const parsed = sessionConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      'invalid-argument',
      `Invalid power-dial settings:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}
