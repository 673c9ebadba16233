import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { IANA_ZONE_MAX_LENGTH, ianaZoneSchema } from '../../../../shared/domain/iana-zone';
import { repMessageSchema } from '../../../../shared/floor/validators';
import { argumentSchemas } from '../../../../shared/ipc/validators';

const TOO_LONG = `America/${'A'.repeat(57)}`;

const hello = (timeZone: string) => ({
  type: 'hello',
  protocol: 1,
  repId: 'ana',
  repName: 'Ana',
  timeZone,
  streamId: 'stream-0001',
});

// Every place a zone comes in from outside: the settings, a held lead's review, a rep's hello.
const paths: [string, z.ZodType, (zone: string) => unknown][] = [
  ['settings.update', argumentSchemas['settings.update'], (zone) => [{ repTimeZone: zone }]],
  ['leads.resolveHold', argumentSchemas['leads.resolveHold'], (zone) => [7, zone]],
  ['floor hello', repMessageSchema, hello],
  ['the schema itself', ianaZoneSchema, (zone) => zone],
];

describe('the IANA zone schema', () => {
  it('is capped at 64 characters', () => {
    expect(IANA_ZONE_MAX_LENGTH).toBe(64);
    expect(TOO_LONG).toHaveLength(65);
  });

  it.each(paths)('%s takes a known zone and refuses an unknown one', (_, schema, wrap) => {
    expect(schema.safeParse(wrap('America/Chicago')).success).toBe(true);
    expect(schema.safeParse(wrap('Mars/Olympus')).success).toBe(false);
    expect(schema.safeParse(wrap('')).success).toBe(false);
  });

  it.each(paths)('%s refuses a 65-character zone for its length', (_, schema, wrap) => {
    const parsed = schema.safeParse(wrap(TOO_LONG));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.code)).toContain('too_big');
  });
});
