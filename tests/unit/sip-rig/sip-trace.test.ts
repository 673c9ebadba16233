import { describe, expect, it } from 'vitest';
import { SipTraceReader, uriOf, type ReceivedInvite } from '../../../scripts/sip-rig/sip-trace';

const FAR_END_PORT = 40229;

/** An INVITE as baresip 1.0 traces it (ANSI colours already stripped), CRLF and all. */
function tracedInvite(options: { to: number; headers: string[] }): string[] {
  return [
    '#',
    `UDP 127.0.0.1:33345 -> 127.0.0.1:${options.to}`,
    `INVITE sip:answer@127.0.0.1:${FAR_END_PORT} SIP/2.0\r`,
    'Via: SIP/2.0/UDP 127.0.0.1:33345;branch=z9hG4bK0b73\r',
    ...options.headers.map((header) => `${header}\r`),
    'Content-Type: application/sdp\r',
    '\r',
    'v=0\r',
    'o=- 9091297402355170706 2 IN IP4 127.0.0.1\r',
  ];
}

function read(lines: string[]): ReceivedInvite[] {
  const reader = new SipTraceReader(FAR_END_PORT);
  return lines.map((line) => reader.push(line)).filter((invite) => invite !== null);
}

describe("the rig's reading of baresip's SIP trace", () => {
  it("gives an INVITE's identities once its headers end", () => {
    const invites = read(
      tracedInvite({
        to: FAR_END_PORT,
        headers: [
          'To: <sip:+13035550101@127.0.0.1>',
          'From: <sip:+13035550100@127.0.0.1>;tag=k4ssoluu5a',
          'Call-ID: h4okveidut43asrh3393',
          'CSeq: 9892 INVITE',
          'P-Preferred-Identity: sip:rep@127.0.0.1',
        ],
      }),
    );
    expect(invites).toEqual([
      {
        callId: 'h4okveidut43asrh3393',
        from: 'sip:+13035550100@127.0.0.1',
        to: 'sip:+13035550101@127.0.0.1',
        pAssertedIdentity: null,
        pPreferredIdentity: 'sip:rep@127.0.0.1',
      },
    ]);
  });

  it('reads P-Asserted-Identity and compact header names', () => {
    const [invite] = read(
      tracedInvite({
        to: FAR_END_PORT,
        headers: [
          't: <sip:+13035550102@127.0.0.1>',
          'f: "Rep" <sip:rep@127.0.0.1>;tag=x1',
          'i: abc@host',
          'p-asserted-identity: <sip:+13035550100@127.0.0.1>',
        ],
      }),
    );
    expect(invite).toMatchObject({
      callId: 'abc@host',
      from: 'sip:rep@127.0.0.1',
      to: 'sip:+13035550102@127.0.0.1',
      pAssertedIdentity: 'sip:+13035550100@127.0.0.1',
    });
  });

  it('leaves out INVITEs the far end sent and every other message', () => {
    const sent = tracedInvite({ to: 5060, headers: ['From: <sip:caller@127.0.0.1>;tag=1'] });
    const response = [
      `UDP 127.0.0.1:33345 -> 127.0.0.1:${FAR_END_PORT}`,
      'SIP/2.0 180 Ringing\r',
      'From: <sip:+13035550100@127.0.0.1>;tag=k4\r',
      '\r',
    ];
    const bye = [
      `UDP 127.0.0.1:33345 -> 127.0.0.1:${FAR_END_PORT}`,
      `BYE sip:answer@127.0.0.1:${FAR_END_PORT} SIP/2.0\r`,
      'From: <sip:+13035550100@127.0.0.1>;tag=k4\r',
      '\r',
    ];
    const received = tracedInvite({ to: FAR_END_PORT, headers: ['i: second'] });
    expect(read([...sent, ...response, ...bye, ...received]).map((i) => i.callId)).toEqual([
      'second',
    ]);
  });

  it('takes the URI out of a name-addr or an addr-spec', () => {
    expect(uriOf('"Ann" <sip:ann@example.com;transport=ws>;tag=9')).toBe(
      'sip:ann@example.com;transport=ws',
    );
    expect(uriOf(' sip:+13035550100@127.0.0.1;tag=9')).toBe('sip:+13035550100@127.0.0.1');
  });
});
