import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PAUSE_CODES } from '../../shared/domain/session';
import type { AlertThresholdsPatch } from '../../shared/floor/alert-thresholds';
import {
  chooseSecret,
  type SecretOptions,
  type SecretSource,
} from '../core/platform/command-line-secret';

export interface HubArgs {
  dataDir: string;
  port: number;
  host: string;
  /** A value names the flag or variable it came from; none given: the data folder's token. */
  token: SecretSource | { kind: 'data-dir' };
  tls: { certFile: string; keyFile: string } | null;
  thresholds: AlertThresholdsPatch;
  /** Print this rep's key and exit. */
  repKeyFor: string | null;
  /** For stderr, one line each (the token given on the command line). */
  warnings: string[];
}

export const HUB_TOKEN_SECRET: SecretOptions = {
  what: 'team token',
  flag: '--token',
  fileFlag: '--token-file',
  envVar: 'DIALDECK_HUB_TOKEN',
};

export const HUB_USAGE =
  'usage: npm run hub -- --data-dir DIR [--port PORT] [--host HOST] [--token-file F]\n' +
  '                      [--tls-cert CERT.pem --tls-key KEY.pem] [--thresholds FILE.json]\n' +
  '       npm run hub -- --data-dir DIR [--token-file F] --rep-key REP_ID\n' +
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
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      thresholds: { type: 'string' },
      'rep-key': { type: 'string' },
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
  return {
    dataDir,
    port,
    host: values.host ?? '0.0.0.0',
    token: token.source ?? { kind: 'data-dir' },
    tls: certFile && keyFile ? { certFile, keyFile } : null,
    thresholds: values.thresholds ? readThresholds(values.thresholds) : {},
    repKeyFor: values['rep-key'] ?? null,
    warnings: token.warning ? [token.warning] : [],
  };
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
