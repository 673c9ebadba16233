import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ianaZoneSchema } from '../../shared/domain/iana-zone';
import { PAUSE_CODES } from '../../shared/domain/session';
import type { AlertThresholdsPatch } from '../../shared/floor/alert-thresholds';
import {
  chooseSecret,
  type SecretOptions,
  type SecretSource,
} from '../core/platform/command-line-secret';

export type HubCommand =
  { kind: 'serve' } | { kind: 'backup'; outFile: string } | { kind: 'restore'; fromFile: string };

export interface HubArgs {
  command: HubCommand;
  dataDir: string;
  /** postgres://… (a secret: it may hold a password); null: the embedded database. */
  databaseUrl: string | null;
  /** A CA certificate for the server's TLS (with ?sslmode=verify-full in the URL). */
  databaseCaFile: string | null;
  /** This node's name in a database several hub nodes share. */
  nodeId: string | null;
  /** The team's IANA zone for reports; null: this machine's zone. */
  timeZone: string | null;
  port: number;
  host: string;
  /** A value names the flag or variable it came from; none given: the data folder's token. */
  token: SecretSource | { kind: 'data-dir' };
  tls: { certFile: string; keyFile: string } | null;
  thresholds: AlertThresholdsPatch;
  /** Print this rep's key and exit. */
  repKeyFor: string | null;
  /** Make, list or revoke the keys web forms and CRMs post leads with, and exit. */
  intakeKeys: IntakeKeyCommand | null;
  /** For stderr, one line each (the token given on the command line). */
  warnings: string[];
}

export type IntakeKeyCommand =
  { kind: 'create'; source: string } | { kind: 'list' } | { kind: 'revoke'; id: string };

export const HUB_TOKEN_SECRET: SecretOptions = {
  what: 'team token',
  flag: '--token',
  fileFlag: '--token-file',
  envVar: 'DIALDECK_HUB_TOKEN',
};

export const HUB_USAGE =
  'usage: npm run hub -- --data-dir DIR [--port PORT] [--host HOST] [--token-file F]\n' +
  '                      [--tls-cert CERT.pem --tls-key KEY.pem] [--thresholds FILE.json]\n' +
  '                      [--database-url postgres://ROLE@HOST:PORT/DB [--database-ca CA.pem]]\n' +
  '                      [--node-id NAME] [--time-zone IANA_ZONE]\n' +
  '       npm run hub -- --data-dir DIR [--token-file F] --rep-key REP_ID\n' +
  '       npm run hub -- --data-dir DIR [--database-url URL] --intake-key SOURCE | --list-intake-keys\n' +
  '                      | --revoke-intake-key ID   (keys web forms and CRMs post leads with)\n' +
  '       npm run hub -- backup --data-dir DIR --out FILE      (the embedded database, hub stopped)\n' +
  '       npm run hub -- restore --data-dir DIR --from FILE    (the old database is kept aside)\n' +
  '  The database: embedded in DIR/pg unless --database-url or DIALDECK_DATABASE_URL names a\n' +
  '  PostgreSQL server (several hub nodes may share one; back it up with pg_dump).\n' +
  '  The team token: --token-file F, else the DIALDECK_HUB_TOKEN environment variable, else the\n' +
  "  data folder's hub-token file (created on first start). --token T still works, but shows the\n" +
  "  token in `ps` and in npm's echo of the command.";

const ms = z.number().int().positive();
const thresholdsSchema = z
  .object({
    leadSlaMs: ms,
    repIdleMs: ms,
    repPausedMs: ms,
    pausedByCodeMs: z.partialRecord(z.enum(PAUSE_CODES), ms),
    dialingStuckMs: ms,
    connectedStuckMs: ms,
    wrapUpStuckMs: ms,
    lowConversion: z
      .object({
        fromLocalHour: z.number().int().min(0).max(23),
        minContacts: z.number().int().min(1),
        belowRate: z.number().min(0).max(1),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

/**
 * Throws an Error whose message is fit to print when the arguments are wrong. `env` may hold the
 * team token (DIALDECK_HUB_TOKEN), which is safer there than on the command line.
 */
export function parseHubArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): HubArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'database-url': { type: 'string' },
      'database-ca': { type: 'string' },
      'node-id': { type: 'string' },
      'time-zone': { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      thresholds: { type: 'string' },
      'rep-key': { type: 'string' },
      'intake-key': { type: 'string' },
      'list-intake-keys': { type: 'boolean' },
      'revoke-intake-key': { type: 'string' },
    },
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required: the folder where the hub keeps its data.');
  const port = Number(values.port ?? 5190);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${values.port}".`);
  }
  const token = chooseSecret(
    HUB_TOKEN_SECRET,
    { value: values.token, file: values['token-file'] },
    env,
  );
  const certFile = values['tls-cert'];
  const keyFile = values['tls-key'];
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw new Error('--tls-cert and --tls-key go together.');
  }
  const command = parseCommand(positionals, values.out, values.from);
  const databaseUrl = values['database-url'] ?? env.DIALDECK_DATABASE_URL ?? null;
  const warnings = token.warning ? [token.warning] : [];
  if (values['database-url'] && /^[^:]+:\/\/[^/@]*:[^/@]*@/.test(values['database-url'])) {
    warnings.push(
      'The database URL holds a password and was given on the command line, where `ps` shows it: ' +
        'prefer DIALDECK_DATABASE_URL, or a password in ~/.pgpass.',
    );
  }
  if (command.kind !== 'serve' && databaseUrl !== null) {
    throw new Error(
      `${command.kind} is for the embedded database; a PostgreSQL server is backed up with ` +
        'pg_dump and restored with pg_restore.',
    );
  }
  return {
    command,
    dataDir,
    databaseUrl,
    databaseCaFile: values['database-ca'] ?? null,
    nodeId: values['node-id'] ?? null,
    timeZone: teamTimeZone(values['time-zone']),
    port,
    host: values.host ?? '0.0.0.0',
    token: token.source ?? { kind: 'data-dir' },
    tls: certFile && keyFile ? { certFile, keyFile } : null,
    thresholds: values.thresholds ? readThresholds(values.thresholds) : {},
    repKeyFor: values['rep-key'] ?? null,
    intakeKeys: intakeKeyCommand(values),
    warnings,
  };
}

/** Reports cut days at the team's midnights: a zone the runtime does not know is refused. */
function teamTimeZone(zone: string | undefined): string | null {
  if (zone === undefined) return null;
  const parsed = ianaZoneSchema.safeParse(zone);
  if (!parsed.success) {
    throw new Error(
      `--time-zone must be an IANA time zone such as America/Chicago, got "${zone}".`,
    );
  }
  return parsed.data;
}

function parseCommand(
  positionals: readonly string[],
  out: string | undefined,
  from: string | undefined,
): HubCommand {
  const [name, ...rest] = positionals;
  if (rest.length > 0) throw new Error(`Unexpected argument "${rest[0]}".`);
  switch (name) {
    case undefined:
      return { kind: 'serve' };
    case 'backup':
      if (!out) throw new Error('backup needs --out FILE: where to write the backup.');
      return { kind: 'backup', outFile: out };
    case 'restore':
      if (!from) throw new Error('restore needs --from FILE: the backup to restore.');
      return { kind: 'restore', fromFile: from };
    default:
      throw new Error(`Unknown command "${name}": the hub knows backup and restore.`);
  }
}

function intakeKeyCommand(values: {
  'intake-key'?: string;
  'list-intake-keys'?: boolean;
  'revoke-intake-key'?: string;
}): IntakeKeyCommand | null {
  const asked = [
    values['intake-key'] !== undefined
      ? ({ kind: 'create', source: values['intake-key'] } as const)
      : null,
    values['list-intake-keys'] ? ({ kind: 'list' } as const) : null,
    values['revoke-intake-key'] !== undefined
      ? ({ kind: 'revoke', id: values['revoke-intake-key'] } as const)
      : null,
  ].filter((command) => command !== null);
  if (asked.length > 1) {
    throw new Error('Give one of --intake-key, --list-intake-keys and --revoke-intake-key.');
  }
  return asked[0] ?? null;
}

function readThresholds(file: string): AlertThresholdsPatch {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the thresholds file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = thresholdsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The thresholds file ${file} is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}
