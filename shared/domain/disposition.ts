export interface DispositionFlags {
  /** A person was reached. */
  contact: boolean;
  conversion: boolean;
  /** The lead leaves the queue. */
  final: boolean;
  /** The number goes on the do-not-call list. */
  dnc: boolean;
  /** Asks for a callback time. */
  callback: boolean;
  /** The lead is dialed again after the cadence spacing. */
  retry: boolean;
}

export interface Disposition {
  code: string;
  label: string;
  /** '1'..'9', or null for outcomes the system records by itself. */
  hotkey: string | null;
  flags: DispositionFlags;
  /** Overrides the cadence spacing for a retry outcome. */
  retryAfterMinutes: number | null;
}

const flags = (set: Partial<DispositionFlags>): DispositionFlags => ({
  contact: false,
  conversion: false,
  final: false,
  dnc: false,
  callback: false,
  retry: false,
  ...set,
});

const disposition = (
  code: string,
  label: string,
  hotkey: string | null,
  set: Partial<DispositionFlags>,
): Disposition => ({ code, label, hotkey, flags: flags(set), retryAfterMinutes: null });

/** The brief's defaults; editable per campaign. */
export const DEFAULT_DISPOSITIONS: readonly Disposition[] = [
  disposition('converted', 'Converted', '1', { contact: true, conversion: true, final: true }),
  disposition('callback', 'Callback', '2', { contact: true, callback: true }),
  disposition('interested', 'Interested — follow up', '3', { contact: true, retry: true }),
  disposition('not-interested', 'Not interested', '4', { contact: true, final: true }),
  disposition('voicemail-left', 'Voicemail left', '5', { retry: true }),
  disposition('no-answer', 'No answer', '6', { retry: true }),
  disposition('wrong-number', 'Wrong number', '7', { final: true }),
  disposition('do-not-call', 'Do not call', '8', { contact: true, final: true, dnc: true }),
  disposition('bad-number', 'Bad number', '9', { final: true }),
];

/** Outcomes recorded automatically when the provider reports a call that reached nobody. */
export const SYSTEM_DISPOSITIONS: readonly Disposition[] = [
  disposition('busy', 'Busy', null, { retry: true }),
  disposition('failed', 'Call failed', null, { retry: true }),
];
