import { describe, expect, it } from 'vitest';
import { endingOfEnd, endingOfFailure } from '../../../../electron/core/telephony/sip/sip-outcomes';
import type { SipOriginator } from '../../../../shared/domain/sip';

const final = (status: number, reasonPhrase: string, cause = 'SIP Failure Code') =>
  endingOfFailure({ type: 'failed', originator: 'remote', status, reasonPhrase, cause });
const noResponse = (cause: string, originator: SipOriginator = 'system') =>
  endingOfFailure({ type: 'failed', originator, status: null, reasonPhrase: '', cause });

describe('SIP final answers before 200 OK', () => {
  it.each([
    [486, 'Busy Here'],
    [600, 'Busy Everywhere'],
    [603, 'Decline'],
  ])('%i %s is a busy line', (status, phrase) => {
    expect(final(status, phrase)).toEqual({ kind: 'ended', reason: 'busy' });
  });

  it.each([
    [480, 'Temporarily Unavailable'],
    [408, 'Request Timeout'],
    [487, 'Request Terminated'],
  ])('%i %s is no answer', (status, phrase) => {
    expect(final(status, phrase)).toEqual({ kind: 'ended', reason: 'no-answer' });
  });

  it.each([
    [404, 'Not Found'],
    [484, 'Address Incomplete'],
    [604, 'Does Not Exist Anywhere'],
  ])('%i %s fails as a bad number offered to the rep, never a final outcome', (status, phrase) => {
    const ending = final(status, phrase);
    expect(ending).toMatchObject({ kind: 'failed', code: 'sip-bad-number' });
    const message = ending.kind === 'failed' ? ending.message : '';
    expect(message).toContain('does not exist');
    expect(message).toContain('choose the Bad number outcome');
    expect(message).toContain(`(SIP ${status} ${phrase})`);
  });

  it('401 and 407 say the server refused the user name or password, with the status', () => {
    for (const [status, phrase] of [
      [401, 'Unauthorized'],
      [407, 'Proxy Authentication Required'],
    ] as const) {
      expect(final(status, phrase)).toEqual({
        kind: 'failed',
        code: 'sip-auth',
        message:
          'The SIP server refused the user name or password: check them and the realm in ' +
          `Settings › Telephony › SIP, then Test connection (SIP ${status} ${phrase})`,
      });
    }
  });

  it('403 says the call is forbidden and 503 that the server or trunk is unavailable', () => {
    expect(final(403, 'Forbidden')).toMatchObject({
      kind: 'failed',
      code: 'sip-forbidden',
      message: expect.stringContaining('forbids this call') as unknown,
    });
    expect(final(503, 'Service Unavailable')).toMatchObject({
      kind: 'failed',
      code: 'sip-unavailable',
      message: expect.stringContaining('(SIP 503 Service Unavailable)') as unknown,
    });
  });

  it('other 4xx, 5xx and 6xx fail with their status in the words', () => {
    expect(final(500, 'Server Internal Error')).toMatchObject({
      code: 'sip-server',
      message: 'The SIP server could not place the call (SIP 500 Server Internal Error)',
    });
    expect(final(415, 'Unsupported Media Type')).toMatchObject({ code: 'sip-refused' });
    expect(final(488, 'Not Acceptable Here')).toMatchObject({ code: 'sip-media' });
  });
});

describe('SIP failures without a final answer', () => {
  it('a lost WebSocket is the transport failing, in words', () => {
    expect(noResponse('Connection Error')).toMatchObject({
      kind: 'failed',
      code: 'sip-transport-lost',
      message: expect.stringContaining('The connection to the SIP server failed') as unknown,
    });
  });

  it('a refused microphone says how to allow it', () => {
    expect(noResponse('User Denied Media Access', 'local')).toMatchObject({
      code: 'sip-microphone',
      message: expect.stringContaining('may not use the microphone') as unknown,
    });
  });

  it('no answer to the INVITE at all says the server did not answer', () => {
    expect(noResponse('Request Timeout')).toMatchObject({ code: 'sip-no-response' });
  });
});

describe('SIP calls ending after 200 OK', () => {
  it('the prospect hanging up is hangup-remote, ours hangup-local', () => {
    expect(endingOfEnd({ type: 'ended', originator: 'remote', cause: 'Terminated' })).toEqual({
      kind: 'ended',
      reason: 'hangup-remote',
    });
    expect(endingOfEnd({ type: 'ended', originator: 'local', cause: 'Terminated' })).toEqual({
      kind: 'ended',
      reason: 'hangup-local',
    });
  });

  it('the connection dropping mid-call fails the call, saying it dropped', () => {
    expect(endingOfEnd({ type: 'ended', originator: 'system', cause: 'Connection Error' })).toEqual(
      {
        kind: 'failed',
        code: 'sip-transport-lost',
        message: 'The call dropped: the connection to the SIP server was lost',
      },
    );
    expect(
      endingOfEnd({ type: 'ended', originator: 'system', cause: 'RTP Timeout' }),
    ).toMatchObject({ code: 'sip-media-lost' });
  });
});
