import crypto from 'node:crypto';

const md5 = (text: string) => crypto.createHash('md5').update(text).digest('hex');

/** The parameters of a WWW-Authenticate: Digest challenge. */
export function parseChallenge(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of header.replace(/^Digest\s+/i, '').matchAll(/(\w+)="?([^",]*)"?/g)) {
    params[match[1]!.toLowerCase()] = match[2]!;
  }
  return params;
}

/** The Authorization header answering a digest challenge (RFC 2617, with qop=auth when offered). */
export function digestAuthorization(options: {
  challenge: Record<string, string>;
  method: string;
  uri: string;
  user: string;
  password: string;
}): string {
  const { challenge, method, uri, user, password } = options;
  const realm = challenge.realm ?? '';
  const nonce = challenge.nonce ?? '';
  const ha1 = md5(`${user}:${realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const fields = [`username="${user}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`];
  if (challenge.qop?.split(',').includes('auth')) {
    const cnonce = crypto.randomBytes(8).toString('hex');
    const nc = '00000001';
    const response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`);
    fields.push(`response="${response}"`, 'qop=auth', `nc=${nc}`, `cnonce="${cnonce}"`);
  } else {
    fields.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
  }
  fields.push('algorithm=MD5');
  return `Digest ${fields.join(', ')}`;
}
