import fc from 'fast-check';
import { encodeFrame, OPCODE, type RawFrame } from './raw-ws';

/** Byte sequences no UTF-8 decoder may accept: a stray byte, overlong, surrogate, truncated, too high. */
const INVALID_UTF8 = [
  [0xff],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
].map((bytes) => Buffer.from(bytes));

const RESERVED_OPCODES = [0x3, 0x4, 0x5, 0x6, 0x7, 0xb, 0xc, 0xd, 0xe, 0xf];

export interface FrameCaseOptions {
  /** The server's limit: payloads are drawn just under, at and over it. */
  maxPayload: number;
  /** Messages the server accepts on this socket, so some cases get past the frame parser. */
  wellFormed: readonly string[];
}

export interface FrameCase {
  frames: RawFrame[];
  /** The first bytes go out in TCP writes of this size (null: one write), to split headers. */
  chunkSize: number | null;
}

function payloadArb({ maxPayload, wellFormed }: FrameCaseOptions): fc.Arbitrary<Buffer> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...wellFormed).map((text) => Buffer.from(text)) },
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...INVALID_UTF8), fc.string())
        .map(([before, bad, after]) =>
          Buffer.concat([Buffer.from(before), bad, Buffer.from(after)]),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 0xffff }), fc.string({ maxLength: 130 }))
        .map(([code, reason]) => {
          const head = Buffer.alloc(2);
          head.writeUInt16BE(code);
          return Buffer.concat([head, Buffer.from(reason)]);
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(maxPayload - 1, maxPayload, maxPayload + 1, maxPayload + 4096),
          fc.integer({ min: 0, max: 255 }),
        )
        .map(([size, byte]) => Buffer.alloc(size, byte)),
    },
  );
}

function frameArb(options: FrameCaseOptions): fc.Arbitrary<RawFrame> {
  return fc.record({
    fin: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    rsv: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 7 })),
    opcode: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(OPCODE.text, OPCODE.binary, OPCODE.continuation) },
      { weight: 3, arbitrary: fc.constantFrom(OPCODE.close, OPCODE.ping, OPCODE.pong) },
      { weight: 2, arbitrary: fc.constantFrom(...RESERVED_OPCODES) },
    ),
    payload: payloadArb(options),
    masked: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, fc.constant(false)),
    declaredLength: fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      fc.constantFrom(
        0n,
        126n,
        BigInt(options.maxPayload + 1),
        10n * 1024n * 1024n,
        2n ** 53n,
        2n ** 63n,
      ),
    ),
  });
}

/** A message split over a text frame and continuations, maybe with a ping or bad UTF-8 inside. */
function fragmentedArb({ wellFormed }: FrameCaseOptions): fc.Arbitrary<RawFrame[]> {
  return fc
    .record({
      text: fc.constantFrom(...wellFormed),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
      pingAfter: fc.option(fc.nat(4), { nil: null }),
      corruptAt: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, fc.nat(60)),
      finishes: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    })
    .map(({ text, cuts, pingAfter, corruptAt, finishes }) => {
      let bytes = Buffer.from(text);
      if (corruptAt !== null) {
        const at = Math.min(corruptAt, bytes.length);
        bytes = Buffer.concat([bytes.subarray(0, at), INVALID_UTF8[0]!, bytes.subarray(at)]);
      }
      const edges = [0, ...cuts.filter((cut) => cut < bytes.length).sort((a, b) => a - b)];
      const frames: RawFrame[] = edges.map((start, index) => ({
        fin: finishes && index === edges.length - 1,
        rsv: 0,
        opcode: index === 0 ? OPCODE.text : OPCODE.continuation,
        payload: bytes.subarray(start, edges[index + 1] ?? bytes.length),
        masked: true,
      }));
      if (pingAfter !== null) {
        const ping = {
          fin: true,
          rsv: 0,
          opcode: OPCODE.ping,
          payload: Buffer.from('hi'),
          masked: true,
        };
        frames.splice(Math.min(pingAfter + 1, frames.length), 0, ping);
      }
      return frames;
    });
}

export function frameCaseArb(options: FrameCaseOptions): fc.Arbitrary<FrameCase> {
  return fc.record({
    frames: fc.oneof(
      { weight: 3, arbitrary: fc.array(frameArb(options), { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fragmentedArb(options) },
    ),
    chunkSize: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 64 })),
  });
}

/** The case's bytes as the TCP writes to make: the first 512 bytes in chunks when asked. */
export function frameCaseWrites({ frames, chunkSize }: FrameCase): Buffer[] {
  const bytes = Buffer.concat(frames.map(encodeFrame));
  if (chunkSize === null) return [bytes];
  const writes: Buffer[] = [];
  const split = Math.min(512, bytes.length);
  for (let at = 0; at < split; at += chunkSize) {
    writes.push(bytes.subarray(at, Math.min(at + chunkSize, split)));
  }
  if (split < bytes.length) writes.push(bytes.subarray(split));
  return writes;
}

/** Request targets made of the characters URLs break on: `//[`, `http://]`, `%`, `\\`, `@`… */
const requestTargetArb = fc
  .tuple(
    fc.constantFrom('', '/', '//', 'http://', 'ws://', '*', '/bridge?token='),
    fc.string({ unit: fc.constantFrom('a', '[', ']', ':', '%', '/', '?', '#', '@', '\\', '.') }),
  )
  .map(([scheme, rest]) => `${scheme}${rest}`);

/**
 * A request head with random bytes spliced in (or cut out), with a random target, or random
 * bytes on their own.
 */
export function mangledRequestArb(head: string): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    requestTargetArb.map((target) => Buffer.from(head.replace(/^GET \S+/, `GET ${target}`))),
    fc
      .tuple(fc.nat(head.length), fc.nat(8), fc.uint8Array({ minLength: 1, maxLength: 16 }))
      .map(([at, cut, bytes]) =>
        Buffer.concat([Buffer.from(head.slice(0, at)), bytes, Buffer.from(head.slice(at + cut))]),
      ),
  );
}
