import crypto from 'node:crypto';
import type { HubDatabase } from '../../db';

export interface IntakeKeyRecord {
  id: string;
  source: string;
  createdAt: number;
  revokedAt: number | null;
}

/** An intake key as a web form or CRM presents it: `dk_in_` then 32 random bytes. */
const KEY_PREFIX = 'dk_in_';
const SOURCE_PATTERN = /^[\p{L}\p{N} ._@:/-]{1,80}$/u;

/** Only this is stored: a leaked database does not give anyone a key. */
export function hashIntakeKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

export function assertSource(source: string): void {
  if (!SOURCE_PATTERN.test(source)) {
    throw new Error(
      `"${source}" is not a source name: 1 to 80 letters, digits, spaces and ._@:/- (e.g. "website form").`,
    );
  }
}

/** The intake keys in the hub's database: made, listed and revoked from the command line. */
export class IntakeKeyStore {
  constructor(private readonly db: Pick<HubDatabase, 'query'>) {}

  /** A new key for the source; the key itself is returned once and never stored. */
  async create(source: string, now: number): Promise<{ record: IntakeKeyRecord; key: string }> {
    assertSource(source);
    const key = KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
    const id = `ik_${crypto.randomBytes(6).toString('hex')}`;
    await this.db.query(
      'INSERT INTO intake_keys (id, source, key_hash, created_at) VALUES ($1, $2, $3, $4)',
      [id, source, hashIntakeKey(key), now],
    );
    return { record: { id, source, createdAt: now, revokedAt: null }, key };
  }

  async list(): Promise<IntakeKeyRecord[]> {
    const rows = await this.db.query<{
      id: string;
      source: string;
      created_at: number;
      revoked_at: number | null;
    }>('SELECT id, source, created_at, revoked_at FROM intake_keys ORDER BY created_at, id');
    return rows.rows.map((row) => ({
      id: row.id,
      source: row.source,
      createdAt: row.created_at,
      revokedAt: row.revoked_at,
    }));
  }

  /** False when no key has this id; revoking a revoked key keeps its first revocation time. */
  async revoke(id: string, now: number): Promise<boolean> {
    const found = await this.db.query('SELECT 1 FROM intake_keys WHERE id = $1', [id]);
    if (found.rows.length === 0) return false;
    await this.db.query(
      'UPDATE intake_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
      [id, now],
    );
    return true;
  }

  /** The live keys by hash: what the hub authenticates posts against. */
  async liveByHash(): Promise<Map<string, { id: string; source: string }>> {
    const rows = await this.db.query<{ id: string; source: string; key_hash: string }>(
      'SELECT id, source, key_hash FROM intake_keys WHERE revoked_at IS NULL',
    );
    return new Map(rows.rows.map((row) => [row.key_hash, { id: row.id, source: row.source }]));
  }
}
