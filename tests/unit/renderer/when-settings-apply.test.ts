import { describe, expect, it } from 'vitest';
import { savedNote } from '../../../renderer/src/settings/when-settings-apply';

describe('when a saved setting applies', () => {
  it('says what applies at once', () => {
    expect(savedNote(['repName'])).toBe('Saved. Your name applies at once.');
    expect(savedNote(['repName', 'repTimeZone', 'repCountry'])).toBe(
      'Saved. Your name, your time zone and your country apply at once.',
    );
  });

  it('says that the dial mode and the wrap-up time wait for the next start of dialing', () => {
    expect(savedNote(['dialMode', 'wrapUpSeconds', 'repName'])).toBe(
      'Saved. Your name applies at once. The dial mode and the wrap-up time apply the next ' +
        'time you start dialing (a run in progress keeps the old setting until you stop it).',
    );
  });

  it('names the shift once, applied at once', () => {
    expect(savedNote(['shiftStart', 'shiftEnd'])).toBe('Saved. Your shift applies at once.');
  });

  it('says that the team hub link restarts at once and a change of role waits for a reload', () => {
    expect(savedNote(['hubUrl'])).toBe('Saved. The team hub link applies at once.');
    expect(savedNote(['role', 'hubPort'])).toBe(
      'Saved. The team hub link applies at once. Who uses this app (rep or supervisor) applies ' +
        'when Dialdeck opens again: reload the window.',
    );
  });

  it('says that a new SIP server waits for the window to reload', () => {
    expect(savedNote(['sipWebSocketUrl', 'sipUri'])).toBe(
      'Saved. The SIP server applies once the window reloads (Ctrl+R): a page may only open ' +
        'WebSockets to the servers named when it loaded.',
    );
    expect(savedNote(['sipCallerId'])).toBe('Saved.');
  });

  it('says only "Saved." for settings whose timing goes without saying', () => {
    expect(savedNote(['twilioEdge'])).toBe('Saved.');
  });
});
