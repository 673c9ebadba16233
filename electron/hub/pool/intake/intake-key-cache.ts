import type { IntakeKeyStore } from './intake-key-store';
import { hashIntakeKey } from './intake-key-store';

export interface IntakeSender {
  keyId: string;
  source: string;
}

/** A revoked key stops working within this; a new key works at once (a miss reloads). */
const REFRESH_MS = 5_000;
/** Unknown keys reload the list at most this often, so a flood of wrong keys costs no queries. */
const MISS_RELOAD_MS = 1_000;

/**
 * The live intake keys held in memory, so authenticating a post costs a hash and no query
 * (a flood from one sender must not slow the others down at the database).
 */
export class IntakeKeyCache {
  private keys = new Map<string, { id: string; source: string }>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly store: Pick<IntakeKeyStore, 'liveByHash'>,
    private readonly now: () => number,
  ) {}

  async authenticate(key: string): Promise<IntakeSender | null> {
    const hash = hashIntakeKey(key);
    const age = this.now() - this.loadedAt;
    if (age > REFRESH_MS || (!this.keys.has(hash) && age > MISS_RELOAD_MS)) await this.reload();
    const found = this.keys.get(hash);
    return found ? { keyId: found.id, source: found.source } : null;
  }

  private reload(): Promise<void> {
    this.loading ??= this.store
      .liveByHash()
      .then((keys) => {
        this.keys = keys;
        this.loadedAt = this.now();
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }
}
