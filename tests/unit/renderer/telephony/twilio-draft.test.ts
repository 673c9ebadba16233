import { describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../../shared/domain/settings';
import {
  compactNumber,
  twilioDraftFrom,
  twilioPatch,
} from '../../../../renderer/src/telephony/twilio-draft';

const settings = {
  twilioTokenMode: 'mint',
  twilioTokenUrl: null,
  twilioAccountSid: null,
  twilioApiKeySid: null,
  twilioAppSid: null,
  twilioCallerId: null,
  twilioEdge: 'roaming',
} as unknown as PublicSettings;

describe('the Twilio form', () => {
  it('sends only what changed, with numbers compacted to E.164 and empty fields as not set', () => {
    const draft = {
      ...twilioDraftFrom(settings),
      accountSid: `  AC${'a'.repeat(32)} `,
      callerId: '+1 (415) 555-0100',
      edge: 'dublin' as const,
    };
    expect(twilioPatch(draft, settings)).toEqual({
      ok: true,
      patch: {
        twilioAccountSid: `AC${'a'.repeat(32)}`,
        twilioCallerId: '+14155550100',
        twilioEdge: 'dublin',
      },
    });
  });

  it('names each field in the wrong format, as the core would refuse it', () => {
    const check = twilioPatch(
      {
        ...twilioDraftFrom(settings),
        accountSid: `SK${'a'.repeat(32)}`,
        apiKeySid: 'SK123',
        appSid: `AC${'b'.repeat(32)}`,
        callerId: '415 555 0100',
        tokenUrl: 'http://tokens.example.com',
      },
      settings,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect([...check.errors.keys()].sort()).toEqual([
      'accountSid',
      'apiKeySid',
      'appSid',
      'callerId',
      'tokenUrl',
    ]);
    expect(check.errors.get('apiKeySid')).toMatch(/SID of an API key, not the Account SID/);
  });

  it('compacts numbers the way people paste them', () => {
    expect(compactNumber(' +44 20-7183.8750 ')).toBe('+442071838750');
  });
});
