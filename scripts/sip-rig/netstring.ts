/** Netstrings (`<length>:<bytes>,`), the framing of baresip's ctrl_tcp. */
export function encodeNetstring(text: string): Buffer {
  const body = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length}:`), body, Buffer.from(',')]);
}

/** Collects chunks from a stream and hands back each whole netstring in them, in order. */
export class NetstringReader {
  private pending = Buffer.alloc(0);

  push(chunk: Buffer): string[] {
    this.pending = Buffer.concat([this.pending, chunk]);
    const messages: string[] = [];
    for (;;) {
      const colon = this.pending.indexOf(':');
      if (colon < 0) break;
      const length = Number(this.pending.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length) || length < 0) {
        throw new Error(`not a netstring: ${this.pending.subarray(0, 20).toString('latin1')}`);
      }
      const end = colon + 1 + length;
      if (this.pending.length < end + 1) break;
      if (this.pending[end] !== 0x2c) throw new Error('netstring without its closing comma');
      messages.push(this.pending.subarray(colon + 1, end).toString('utf8'));
      this.pending = this.pending.subarray(end + 1);
    }
    return messages;
  }
}
