import crypto from 'node:crypto';
import type net from 'node:net';
import { rawConnect, upgradeHead } from './raw-http';

export const OPCODE = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
} as const;

export interface RawFrame {
  fin: boolean;
  /** The three RSV bits (0–7); a server without extensions must refuse any. */
  rsv: number;
  /** 0–15, reserved ones included. */
  opcode: number;
  payload: Buffer;
  masked: boolean;
  /** The length the header states, when it should lie about the payload (e.g. 10 MB, 2^63). */
  declaredLength?: bigint;
}

/** One frame as bytes, exactly as described: nothing is checked, so it may be malformed. */
export function encodeFrame(frame: RawFrame): Buffer {
  const length = frame.declaredLength ?? BigInt(frame.payload.length);
  const first = (frame.fin ? 0x80 : 0) | ((frame.rsv & 0x7) << 4) | (frame.opcode & 0xf);
  const maskBit = frame.masked ? 0x80 : 0;
  let header: Buffer;
  if (length < 126n) {
    header = Buffer.from([first, maskBit | Number(length)]);
  } else if (length < 0x10000n) {
    header = Buffer.from([first, maskBit | 126, 0, 0]);
    header.writeUInt16BE(Number(length), 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0);
    header.writeUInt8(maskBit | 127, 1);
    header.writeBigUInt64BE(length, 2);
  }
  if (!frame.masked) return Buffer.concat([header, frame.payload]);
  const key = crypto.randomBytes(4);
  const body = Buffer.from(frame.payload);
  for (let i = 0; i < body.length; i++) body[i] = body[i]! ^ key[i % 4]!;
  return Buffer.concat([header, key, body]);
}

/**
 * A WebSocket client made of a bare TCP socket: the handshake is done by hand, then the test
 * writes whatever bytes it likes, malformed frames included, which a real client refuses to send.
 */
export class RawWsClient {
  readonly closed: Promise<void>;

  private constructor(private readonly socket: net.Socket) {
    // What the server sends (events, its close frame) is drained unread, so it never backs up.
    socket.resume();
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  static async open(
    port: number,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<RawWsClient> {
    const socket = await rawConnect(port);
    socket.write(upgradeHead(path, headers));
    const status = await readResponseStatus(socket);
    if (status !== 101) {
      socket.destroy();
      throw new Error(`the upgrade was refused with ${status}`);
    }
    return new RawWsClient(socket);
  }

  write(bytes: Buffer): void {
    if (!this.socket.destroyed) this.socket.write(bytes);
  }

  /**
   * Ends our side and resolves once the server has closed the connection: the server reads
   * every byte before the end, so by then it has dealt with all of them.
   */
  async finish(): Promise<void> {
    if (!this.socket.destroyed) this.socket.end();
    await this.closed;
  }
}

function readResponseStatus(socket: net.Socket): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(buffered.toString('latin1'))?.[1] ?? 0));
    };
    const onClose = () => reject(new Error('closed before the upgrade answer'));
    socket.on('data', onData);
    socket.once('close', onClose);
  });
}
