/**
 * The "Web leads" team campaign as migration 5 creates it: the product's default rules and
 * outcomes of that release, written out so the migration stays the same when the defaults change.
 */
export const WEB_LEADS_RULES = JSON.stringify({
  callingWindow: {
    start: '08:00',
    end: '21:00',
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  },
  speedToLead: { slaMinutes: 60, atRiskMinutes: 20 },
  cadence: {
    maxAttempts: 6,
    spacing: [
      { kind: 'wait', minutes: 10 },
      { kind: 'wait', minutes: 60 },
      { kind: 'wait', minutes: 240 },
      { kind: 'next-day', at: '09:00' },
    ],
  },
  callbackGraceMinutes: 2,
});

const outcome = (
  code: string,
  label: string,
  hotkey: string,
  set: {
    contact?: true;
    conversion?: true;
    final?: true;
    dnc?: true;
    callback?: true;
    retry?: true;
  },
) => ({
  code,
  label,
  hotkey,
  flags: {
    contact: set.contact ?? false,
    conversion: set.conversion ?? false,
    final: set.final ?? false,
    dnc: set.dnc ?? false,
    callback: set.callback ?? false,
    retry: set.retry ?? false,
  },
  retryAfterMinutes: null,
});

export const WEB_LEADS_DISPOSITIONS = JSON.stringify([
  outcome('converted', 'Converted', '1', { contact: true, conversion: true, final: true }),
  outcome('callback', 'Callback', '2', { contact: true, callback: true }),
  outcome('interested', 'Interested — follow up', '3', { contact: true, retry: true }),
  outcome('not-interested', 'Not interested', '4', { contact: true, final: true }),
  outcome('voicemail-left', 'Voicemail left', '5', { retry: true }),
  outcome('no-answer', 'No answer', '6', { retry: true }),
  outcome('wrong-number', 'Wrong number', '7', { final: true }),
  outcome('do-not-call', 'Do not call', '8', { contact: true, final: true, dnc: true }),
  outcome('bad-number', 'Bad number', '9', { final: true }),
]);
