import crypto from 'node:crypto';
import { HUB_PATHS } from '../../../shared/floor/protocol';
import type { WallToken } from '../../../shared/floor/wall-tokens';
import { fail, ok, type Result } from '../../../shared/result';
import { secretsEqual } from '../auth/rep-key';
import type { WallTokenRow } from '../store/hub-rows';
import type { HubStore } from '../store/hub-store';

export type WallVerdict =
  | { kind: 'open' }
  | { kind: 'team-token' }
  | { kind: 'revoked'; revokedAt: number }
  | { kind: 'unknown' };

/**
 * Who may open the wall screen: a wall token, read-only, made and revoked by a supervisor. The
 * team token, which could act as a supervisor and derive every rep's key, no longer opens it:
 * such an old address is answered with how to get a new one.
 */
export class WallAccess {
  private rows: WallTokenRow[] = [];

  constructor(
    private readonly store: HubStore,
    private readonly teamToken: string,
    private readonly baseUrl: () => string,
  ) {}

  async reload(): Promise<void> {
    this.rows = await this.store.wallTokens();
  }

  /** The first start (or a floor whose tokens were all revoked) gets one, for the wall address. */
  async ensureOne(now: number): Promise<void> {
    if (this.rows.some((row) => row.revoked_at === null)) return;
    await this.create('Wall screen', 'the hub', now);
  }

  check(token: string): WallVerdict {
    if (token !== '' && secretsEqual(token, this.teamToken)) return { kind: 'team-token' };
    const row = this.rows.find((candidate) => secretsEqual(token, candidate.token));
    if (!row) return { kind: 'unknown' };
    return row.revoked_at === null
      ? { kind: 'open' }
      : { kind: 'revoked', revokedAt: row.revoked_at };
  }

  /** The address of the oldest wall token still open. */
  primaryUrl(): string {
    const row = this.rows.find((candidate) => candidate.revoked_at === null);
    return row ? this.urlOf(row) : '';
  }

  list(): WallToken[] {
    return this.rows.map((row) => ({
      id: row.id,
      label: row.label,
      url: this.urlOf(row),
      createdAt: row.created_at,
      createdBy: row.created_by,
      revokedAt: row.revoked_at,
      revokedBy: row.revoked_by,
    }));
  }

  async create(label: string, by: string, now: number): Promise<WallToken> {
    const row = {
      id: crypto.randomUUID(),
      token: crypto.randomBytes(24).toString('base64url'),
      label,
      created_at: now,
      created_by: by,
    };
    await this.store.createWallToken(row);
    await this.reload();
    return this.list().find((token) => token.id === row.id)!;
  }

  async revoke(id: string, by: string, now: number): Promise<Result<WallToken>> {
    const revoked = await this.store.revokeWallToken(id, by, now);
    await this.reload();
    const token = this.list().find((candidate) => candidate.id === id);
    if (!token) return fail('not-found', `There is no wall screen token ${id}.`);
    if (!revoked) return fail('conflict', `That wall screen token was already revoked.`);
    return ok(token);
  }

  private urlOf(row: WallTokenRow): string {
    return `${this.baseUrl()}${HUB_PATHS.wall}?token=${encodeURIComponent(row.token)}`;
  }
}
