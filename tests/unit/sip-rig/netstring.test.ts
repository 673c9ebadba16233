import { describe, expect, it } from 'vitest';
import { NetstringReader, encodeNetstring } from '../../../scripts/sip-rig/netstring';

describe("netstrings (baresip's ctrl_tcp framing)", () => {
  it('frames text by its byte length', () => {
    expect(encodeNetstring('{"a":"é"}').toString('utf8')).toBe('10:{"a":"é"},');
  });

  it('hands back whole messages however the stream splits them', () => {
    const reader = new NetstringReader();
    const wire = Buffer.concat([encodeNetstring('first'), encodeNetstring('sécond')]);
    const messages = [...wire].flatMap((byte) => reader.push(Buffer.from([byte])));
    expect(messages).toEqual(['first', 'sécond']);
  });

  it('refuses what is not a netstring', () => {
    expect(() => new NetstringReader().push(Buffer.from('x5:hello,'))).toThrow(/not a netstring/);
    expect(() => new NetstringReader().push(Buffer.from('5:hello;'))).toThrow(/closing comma/);
  });
});
