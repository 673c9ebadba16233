import { describe, expect, it } from 'vitest';
import { outcomeOfTwilioError } from '../../../../electron/core/telephony/twilio/twilio-errors';

describe('Twilio errors in words a rep can act on', () => {
  it.each([
    [31486, 'busy'],
    [31600, 'busy'],
    [31603, 'busy'],
    [31480, 'no-answer'],
  ] as const)('%i ends the call as %s (the callee, not the line)', (code, reason) => {
    expect(outcomeOfTwilioError(code, 'SIP', false)).toEqual({ kind: 'ended', reason });
  });

  it.each([
    [31401, /may not use the microphone.*Privacy.*Microphone/],
    [31208, /may not use the microphone/],
    [31402, /microphone could not be opened/],
    [20104, /access token expired.*getting a new one.*clock/],
    [31205, /access token expired/],
    [20101, /refused the access token.*Account SID, API key SID and secret/],
    [31204, /refused the access token/],
    [31202, /refused the access token/],
    [20151, /refused the access token/],
    [31001, /cannot find the TwiML App/],
    [31002, /declined the call.*Voice URL.*caller ID/],
    [31403, /caller ID may not be verified.*geographic permissions/],
    [31404, /could not be reached.*bad number/],
    [31005, /connection to Twilio failed.*internet/],
    [53405, /connection to Twilio failed/],
  ])('%i fails the call with a plain message and its code', (code, words) => {
    const outcome = outcomeOfTwilioError(code, 'sdk words', false);
    expect(outcome).toMatchObject({ kind: 'failed', code: `twilio-${code}` });
    if (outcome.kind !== 'failed') return;
    expect(outcome.message).toMatch(words);
    expect(outcome.message).toContain(`(Twilio ${code})`);
  });

  it('says the call dropped when the network fails after the answer', () => {
    const outcome = outcomeOfTwilioError(31005, '', true);
    expect(outcome).toMatchObject({ kind: 'failed' });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(/^The call dropped/);
  });

  it('passes an unknown error on with the SDK message, trimmed', () => {
    expect(outcomeOfTwilioError(31999, '  Something odd happened  ', false)).toEqual({
      kind: 'failed',
      code: 'twilio-31999',
      message: 'Twilio could not complete the call: Something odd happened (Twilio 31999)',
    });
  });
});
