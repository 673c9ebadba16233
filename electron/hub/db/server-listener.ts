import pg from 'pg';
import type { NotificationHandler } from './hub-database';

const RECONNECT_MS = 1_000;

const quoted = (channel: string) => `"${channel}"`;

/**
 * LISTEN needs a connection of its own that stays open (a pooled one goes back to the pool).
 * If it drops, it is reopened and every channel listened to again; a notification sent while it
 * was down is lost, so a notification only ever says "look again", never carries the data itself.
 */
export class ServerListener {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<NotificationHandler>>();
  /** The LISTEN of each channel: a second handler added meanwhile waits for the same one. */
  private readonly listening = new Map<string, Promise<unknown>>();
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly describeFailure: (error: unknown) => unknown,
  ) {}

  async add(channel: string, handler: NotificationHandler): Promise<() => Promise<void>> {
    const client = await this.connected();
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      this.listening.set(channel, client.query(`LISTEN ${quoted(channel)}`));
    }
    set.add(handler);
    await this.listening.get(channel);
    return async () => {
      const current = this.handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(channel);
      this.listening.delete(channel);
      await this.client?.query(`UNLISTEN ${quoted(channel)}`);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client ?? (await this.connecting?.catch(() => null));
    this.client = null;
    await client?.end();
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) {
        handler(message.payload ?? '');
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
    } catch (error) {
      throw this.describeFailure(error);
    }
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${quoted(channel)}`);
    this.client = client;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    const reopen = () => {
      this.retry = null;
      if (this.closed || this.handlers.size === 0) return;
      this.connected().catch(() => {
        this.retry = setTimeout(reopen, RECONNECT_MS).unref();
      });
    };
    this.retry = setTimeout(reopen, RECONNECT_MS).unref();
  }
}
