import http from 'node:http';
import https from 'node:https';

/** Reads a server-sent event stream frame by frame (`event: floor` frames carry JSON data). */
export class SseReader {
  private buffer = '';
  private readonly frames: string[] = [];
  private readonly waiting: ((data: string) => void)[] = [];
  private request: http.ClientRequest | null = null;

  static open(
    url: string,
    ca?: string,
  ): Promise<{ reader: SseReader; status: number; headers: http.IncomingHttpHeaders }> {
    const reader = new SseReader();
    const get = url.startsWith('https:') ? https.get : http.get;
    return new Promise((resolve, reject) => {
      reader.request = get(url, ca ? { ca } : {}, (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => reader.receive(chunk));
        resolve({ reader, status: response.statusCode ?? 0, headers: response.headers });
      });
      reader.request.on('error', reject);
    });
  }

  /** The next frame's data, parsed. */
  next(): Promise<string> {
    const frame = this.frames.shift();
    if (frame !== undefined) return Promise.resolve(frame);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async until(predicate: (data: string) => boolean): Promise<string> {
    for (;;) {
      const data = await this.next();
      if (predicate(data)) return data;
    }
  }

  close(): void {
    this.request?.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) !== -1) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      if (!frame.includes('event: floor')) continue;
      const html = JSON.parse(data) as string;
      const waiter = this.waiting.shift();
      if (waiter) waiter(html);
      else this.frames.push(html);
    }
  }
}
