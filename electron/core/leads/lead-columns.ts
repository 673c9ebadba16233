/**
 * How a column holds its value. text, status and json are SQL TEXT (status a LeadStatus, json an
 * object of strings); integer and time are SQL INTEGER (time in epoch ms, an ISO date-time in the
 * export).
 */
export type ColumnKind = 'text' | 'status' | 'json' | 'integer' | 'time';

export interface ColumnOptions {
  readonly notNull?: true;
  /** As SQLite reports it (PRAGMA table_info's dflt_value), e.g. `''` or `0`. */
  readonly default?: string;
  readonly primaryKey?: true;
  /** The queue's persisted order (queue/queue-columns.ts): in the table, not on the Lead. */
  readonly queue?: true;
  /**
   * Written when a lead is added (the importer stages exactly these columns, then moves them):
   * given by the lead file (a candidate's field) or set by the import. The rest take their default.
   */
  readonly staged?: 'file' | 'import';
  /** Its place in the lead export, 0 first; not exported without one. */
  readonly exportAt?: number;
  /** Its header in the export when not its name. */
  readonly header?: string;
}

export interface LeadColumn extends ColumnOptions {
  /** In SQL. */
  readonly name: string;
  /** On the Lead (shared/domain/lead.ts), or on the queue's state for a queue column. */
  readonly field: string;
  readonly kind: ColumnKind;
}

export const SQL_TYPES: Readonly<Record<ColumnKind, 'TEXT' | 'INTEGER'>> = {
  text: 'TEXT',
  status: 'TEXT',
  json: 'TEXT',
  integer: 'INTEGER',
  time: 'INTEGER',
};

const of =
  <const K extends ColumnKind>(kind: K) =>
  <const N extends string, const F extends string, const O extends ColumnOptions>(
    name: N,
    field: F,
    options: O,
  ) =>
    ({ name, field, kind, ...options }) as { name: N; field: F; kind: K } & O;

const text = of('text');
const status = of('status');
const json = of('json');
const integer = of('integer');
const time = of('time');

/**
 * The leads table, declared once: migration 001's columns, then 002's queue columns, then 012's
 * calling regions, then 013's source. The row
 * mapping, the importer's staging table and inserts, and the export are derived from it; a test
 * holds it to the migrated table (tests/unit/leads/columns).
 */
export const LEAD_TABLE = [
  integer('id', 'id', { primaryKey: true, exportAt: 0, header: 'lead_id' }),
  text('campaign_id', 'campaignId', { notNull: true, staged: 'import', exportAt: 1 }),
  text('first_name', 'firstName', { notNull: true, default: "''", staged: 'file', exportAt: 2 }),
  text('last_name', 'lastName', { notNull: true, default: "''", staged: 'file', exportAt: 3 }),
  text('company', 'company', { notNull: true, default: "''", staged: 'file', exportAt: 4 }),
  text('phone_e164', 'phoneE164', { notNull: true, staged: 'file', exportAt: 5 }),
  text('phone_extension', 'phoneExtension', { staged: 'file', exportAt: 6 }),
  text('email', 'email', { staged: 'file', exportAt: 7 }),
  text('time_zone', 'timeZone', { staged: 'file', exportAt: 8 }),
  text('region', 'region', { staged: 'file', exportAt: 9 }),
  text('postal_code', 'postalCode', { staged: 'file', exportAt: 10 }),
  text('country', 'country', { staged: 'file', exportAt: 11 }),
  time('created_at', 'createdAt', { notNull: true, staged: 'file', exportAt: 12 }),
  time('imported_at', 'importedAt', { notNull: true, staged: 'file' }),
  text('owner', 'owner', { staged: 'file', exportAt: 13 }),
  text('notes', 'notes', { staged: 'file', exportAt: 21 }),
  json('custom_json', 'custom', { notNull: true, default: "'{}'", staged: 'file' }),
  status('status', 'status', { notNull: true, default: "'new'", staged: 'import', exportAt: 14 }),
  integer('attempt_count', 'attemptCount', { notNull: true, default: '0', exportAt: 15 }),
  time('first_attempt_at', 'firstAttemptAt', { exportAt: 16 }),
  time('last_attempt_at', 'lastAttemptAt', { exportAt: 17 }),
  time('next_eligible_at', 'nextEligibleAt', {}),
  time('callback_at', 'callbackAt', { exportAt: 20 }),
  text('last_outcome', 'lastOutcome', { exportAt: 18 }),
  text('last_note', 'lastNote', { exportAt: 19 }),
  text('hold_reason', 'holdReason', { staged: 'import' }),
  integer('queue_tier', 'queueTier', { queue: true, staged: 'import' }),
  time('queue_due_at', 'queueDueAt', { queue: true, staged: 'import' }),
  // Migration 9: the country and states whose calling rules apply (docs/CALLING_RULES.md).
  text('calling_regions', 'callingRegions', {
    notNull: true,
    default: "''",
    queue: true,
    staged: 'import',
  }),
  // Migration 14: where the lead came from; last in the export, so earlier columns keep their places.
  text('source', 'source', { staged: 'file', exportAt: 22 }),
] as const satisfies readonly LeadColumn[];
