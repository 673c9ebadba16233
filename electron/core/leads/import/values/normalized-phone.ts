import type { CountryCode } from 'libphonenumber-js/max';

export type NormalizedPhone =
  | {
      status: 'ok';
      e164: string;
      extension: string | null;
      /** The country the number belongs to; null for non-geographic ones such as +800. */
      country: CountryCode | null;
    }
  | { status: 'blank' }
  /** `reason` completes "invalid phone number: …". */
  | { status: 'invalid'; reason: string };
