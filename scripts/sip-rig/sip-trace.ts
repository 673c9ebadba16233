/**
 * The identities an INVITE reaching a far end carried, read from baresip's SIP trace (`-s`):
 * ctrl_tcp tells only the From URI, and a trunk that trusts the PBX reads P-Asserted-Identity.
 */
export interface ReceivedInvite {
  callId: string;
  /** The URIs of From and To, without display name or parameters. */
  from: string;
  to: string;
  pAssertedIdentity: string | null;
  pPreferredIdentity: string | null;
}

/** The rig's own event for an INVITE the far end received: `peerUri` its From, `callId` its Call-ID. */
export const INVITE_RECEIVED = 'RIG_INVITE_RECEIVED';

/** Full and compact (RFC 3261 §7.3.3) names of the headers read, in lower case. */
const HEADERS: Record<string, 'callId' | 'from' | 'to' | 'pai' | 'ppi'> = {
  'call-id': 'callId',
  i: 'callId',
  from: 'from',
  f: 'from',
  to: 'to',
  t: 'to',
  'p-asserted-identity': 'pai',
  'p-preferred-identity': 'ppi',
};

/** The URI of a name-addr (`"Ann" <sip:a@b>;tag=1`) or an addr-spec (`sip:a@b;tag=1`). */
export function uriOf(value: string): string {
  const bracketed = /<([^>]*)>/.exec(value);
  if (bracketed) return bracketed[1]!.trim();
  return value.trim().split(';')[0]!.trim();
}

/**
 * Reads baresip's trace line by line. Each traced message starts with its transport line
 * (`UDP 127.0.0.1:5060 -> 127.0.0.1:40229`); an INVITE sent to the far end's own port is
 * returned once its headers end (the blank line before the body).
 */
export class SipTraceReader {
  private toUs = false;
  private invite: Record<string, string> | null = null;

  constructor(private readonly ownPort: number) {}

  push(rawLine: string): ReceivedInvite | null {
    const line = rawLine.replace(/\r$/, '');
    const transport = /^(?:UDP|TCP|TLS|WSS?) \S+ -> \S+:(\d+)$/.exec(line);
    if (transport) {
      this.toUs = Number(transport[1]) === this.ownPort;
      this.invite = null;
      return null;
    }
    if (this.invite === null) {
      if (this.toUs && /^INVITE \S+ SIP\/2\.0$/.test(line)) this.invite = {};
      this.toUs = false;
      return null;
    }
    if (line === '') return this.finish(this.invite);
    const header = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    const field = header ? HEADERS[header[1]!.toLowerCase()] : undefined;
    if (header && field && !(field in this.invite)) this.invite[field] = header[2]!;
    return null;
  }

  private finish(headers: Record<string, string>): ReceivedInvite {
    this.invite = null;
    const uri = (value: string | undefined) => (value === undefined ? null : uriOf(value));
    return {
      callId: (headers.callId ?? '').trim(),
      from: uri(headers.from) ?? '',
      to: uri(headers.to) ?? '',
      pAssertedIdentity: uri(headers.pai),
      pPreferredIdentity: uri(headers.ppi),
    };
  }
}
