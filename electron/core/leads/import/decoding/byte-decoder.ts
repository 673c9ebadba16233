import iconv from 'iconv-lite';
import {
  ENCODING_SNIFF_BYTES,
  sniffEncodingFromBytes,
  type DetectedEncoding,
  type SourceEncoding,
} from './source-encoding';

/** Turns a byte stream into text chunk by chunk; never splits a character across chunks. */
export interface ByteDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
  /** What the bytes turned out to be so far (see createByteDecoder). */
  readonly detected: Readonly<DetectedEncoding>;
}

interface TextSink {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * `auto` for a stream that cannot be read twice: a BOM decides; otherwise the bytes are read as
 * UTF-8 until the first sequence that is not valid UTF-8. If no multi-byte character has been handed
 * out before it, all text so far was ASCII (the same in both encodings), so that chunk and the rest
 * of the file are read as Windows-1252, which is what Excel and older CRMs write. If UTF-8 accents
 * were already handed out, the file is UTF-8 with a damaged byte, which becomes U+FFFD. (Files on
 * disk are scanned whole first, see detectFileEncoding, so they need no such guess.)
 */
export function createByteDecoder(requested: SourceEncoding | 'auto' = 'auto'): ByteDecoder {
  return new StreamingByteDecoder(requested);
}

class StreamingByteDecoder implements ByteDecoder {
  readonly detected: DetectedEncoding;
  private head: Uint8Array = new Uint8Array(0);
  private sink: TextSink | null = null;

  constructor(private readonly requested: SourceEncoding | 'auto') {
    this.detected = { encoding: requested === 'auto' ? 'utf-8' : requested, bom: false };
  }

  write(bytes: Uint8Array): string {
    if (this.sink) return this.sink.write(bytes);
    this.head = concatBytes(this.head, bytes);
    if (this.head.length < ENCODING_SNIFF_BYTES) return '';
    return this.start().write(this.takeHead());
  }

  end(): string {
    const sink = this.sink ?? this.start();
    const rest = this.head.length > 0 ? sink.write(this.takeHead()) : '';
    return rest + sink.end();
  }

  private start(): TextSink {
    const sniffed = sniffEncodingFromBytes(this.head);
    if (sniffed && this.requested === 'auto') this.detected.encoding = sniffed.encoding;
    if (sniffed?.bom && sniffed.encoding === this.detected.encoding) {
      this.detected.bom = true;
      this.head = this.head.subarray(sniffed.encoding === 'utf-8' ? 3 : 2);
    }
    this.sink =
      this.requested === 'auto' && this.detected.encoding === 'utf-8'
        ? utf8ElseWindows1252(this.detected)
        : fixedSink(this.detected.encoding);
    return this.sink;
  }

  private takeHead(): Uint8Array {
    const head = this.head;
    this.head = new Uint8Array(0);
    return head;
  }
}

function fixedSink(encoding: SourceEncoding): TextSink {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    return {
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  const decoder = iconv.getDecoder(encoding);
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  };
}

function utf8ElseWindows1252(detected: DetectedEncoding): TextSink {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let sawMultiByte = false;
  let fallback: TextSink | null = null;

  const decode = (bytes: Uint8Array, final: boolean): string => {
    if (fallback) return fallback.write(bytes);
    const cut = final ? bytes.length : completeUtf8Length(bytes);
    const complete = bytes.subarray(0, cut);
    try {
      const text = strict.decode(complete);
      if (text.length !== complete.length) sawMultiByte = true;
      carry = bytes.slice(cut);
      return text;
    } catch {
      carry = new Uint8Array(0);
      if (!sawMultiByte) detected.encoding = 'windows-1252';
      fallback = fixedSink(detected.encoding);
      return fallback.write(bytes);
    }
  };

  return {
    write: (bytes) => decode(concatBytes(carry, bytes), false),
    end() {
      const text = carry.length > 0 ? decode(carry, true) : '';
      return text + (fallback ? fallback.end() : '');
    },
  };
}

/** Length of the prefix that ends on a character boundary (a trailing partial sequence is held back). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = bytes[n - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: the lead byte is further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? n - back : n;
  }
  return n;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
