import type { Clock } from '../../../shared/clock';
import type { AlertThresholdsPatch } from '../../../shared/floor/alert-thresholds';
import type { Logger } from '../../core/platform/log/logger';
import type { HubDatabaseConfig } from '../db';
import type { ClaimPolicy } from '../pool/claims/claim-policy';
import type { RateLimit } from '../pool/intake/key-rate-limit';

export interface HubOptions {
  /** The hub's own folder (not a rep's): the embedded database in `pg/`, the team token. */
  dataDir: string;
  /** A PostgreSQL server; none: the embedded database in the data folder. */
  database?: Extract<HubDatabaseConfig, { kind: 'server' }>;
  /** Names this node in the shared database (several nodes may serve one floor). */
  nodeId?: string;
  /** The team secret (≥ 16 characters). Reps authenticate with keys derived from it. */
  teamToken: string;
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 unless given; a hub for a floor of machines listens on 0.0.0.0 (use TLS then). */
  host?: string;
  /** PEM certificate and key: the hub then serves HTTPS and WSS only. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  thresholds?: AlertThresholdsPatch;
  /** Pushes to supervisors and wall screens are coalesced to at most one per this interval. */
  pushIntervalMs?: number;
  /** Alert evaluation and the wall screen's clock tick. */
  tickIntervalMs?: number;
  clock?: Clock;
  log?: Logger;
  /** The wall screen's heading. */
  title?: string;
  /**
   * How long a connection may stay unauthenticated: its request head must arrive within this
   * (after the TLS handshake, itself bounded by the same time), and a rep's hello too.
   */
  authTimeoutMs?: number;
  /** The team pool sweeps its claims and routes at least this often. */
  poolTickMs?: number;
  /** Claim and lease times (tests shorten them). */
  claimPolicy?: Partial<ClaimPolicy>;
  /** Leads each intake key may post: a steady rate per second and a burst. */
  intakeRate?: RateLimit;
  /**
   * The team's IANA zone: reports cut days and weeks at its midnights. Default: this machine's
   * zone (the supervisor's app passes the supervisor's own).
   */
  timeZone?: string;
}

export const HUB_DEFAULTS = {
  host: '127.0.0.1',
  pushIntervalMs: 250,
  tickIntervalMs: 1_000,
  title: 'Dialdeck floor',
  authTimeoutMs: 5_000,
  poolTickMs: 5_000,
} as const;
