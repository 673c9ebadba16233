import fs from 'node:fs';
import path from 'node:path';
import { REP_ID_PATTERN } from '../../shared/floor/protocol';
import { deriveRepKey } from './auth/rep-key';
import {
  assertTeamToken,
  loadOrCreateTeamToken,
  readTeamToken,
  teamTokenFile,
} from './auth/team-token-file';
import { backupEmbedded, restoreEmbedded, type HubDatabaseConfig } from './db';
import { runIntakeKeyCommand } from './pool/intake/intake-key-command';
import { startHub } from './server/start-hub';
import { consoleSink, createLogger } from '../core/platform/log/logger';
import { HUB_USAGE, parseHubArgs, type HubArgs } from './hub-args';

/** The team hub without a UI: `npm run hub -- --port P --data-dir D`. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HUB_USAGE);
    process.exit(0);
  }
  let args: HubArgs;
  try {
    args = parseHubArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${HUB_USAGE}`);
    process.exit(2);
  }
  for (const warning of args.warnings) console.error(warning);
  if (args.command.kind !== 'serve') {
    process.exit(await runDatabaseCommand(args.command, path.resolve(args.dataDir)));
  }
  if (args.intakeKeys !== null) {
    const database: HubDatabaseConfig =
      args.databaseUrl !== null
        ? {
            kind: 'server',
            url: args.databaseUrl,
            ...(args.databaseCaFile ? { tls: { ca: fs.readFileSync(args.databaseCaFile) } } : {}),
          }
        : { kind: 'embedded', dataDir: path.resolve(args.dataDir) };
    try {
      const lines = await runIntakeKeyCommand(database, args.intakeKeys, Date.now());
      lines.forEach((line) => console.log(line));
      process.exit(0);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
  let token: string;
  try {
    token = resolveToken(args);
  } catch (error) {
    console.error(`${(error as Error).message}\n${HUB_USAGE}`);
    process.exit(2);
  }
  if (args.repKeyFor !== null) {
    if (!REP_ID_PATTERN.test(args.repKeyFor)) {
      console.error(
        `"${args.repKeyFor}" is not a rep id (letters, digits, dot, dash, underscore).`,
      );
      process.exit(2);
    }
    console.log(deriveRepKey(token, args.repKeyFor));
    return;
  }

  const log = createLogger((level, line) => {
    if (process.env.DIALDECK_LOG === 'verbose' || level !== 'info') consoleSink(level, line);
  });
  const dataDir = path.resolve(args.dataDir);
  if (args.databaseUrl !== null) redactDatabaseUrl(log, args.databaseUrl);
  const hub = await startHub({
    dataDir,
    ...(args.databaseUrl !== null
      ? {
          database: {
            kind: 'server' as const,
            url: args.databaseUrl,
            ...(args.databaseCaFile ? { tls: { ca: fs.readFileSync(args.databaseCaFile) } } : {}),
          },
        }
      : {}),
    ...(args.nodeId !== null ? { nodeId: args.nodeId } : {}),
    ...(args.timeZone !== null ? { timeZone: args.timeZone } : {}),
    teamToken: token,
    port: args.port,
    host: args.host,
    tls: args.tls
      ? { cert: fs.readFileSync(args.tls.certFile), key: fs.readFileSync(args.tls.keyFile) }
      : undefined,
    thresholds: args.thresholds,
    log,
  }).catch((error: unknown) => {
    console.error(describeHubStartError(error, args.port, dataDir));
    process.exit(1);
  });

  console.log(`Dialdeck hub ready: ${hub.url}`);
  if (args.host === '0.0.0.0') console.log(`Listening on every interface, port ${hub.port}.`);
  console.log(`Wall screen: ${hub.wallUrl}`);
  console.log(`Data folder: ${dataDir}`);
  console.log(`Reports: days and weeks in ${hub.reports.timeZone} (--time-zone to change)`);
  console.log(
    hub.database.kind === 'embedded'
      ? `Database: embedded, in ${hub.database.location}`
      : `Database: PostgreSQL server ${hub.database.location}`,
  );
  if (hub.imported) {
    const { reps, events, alerts, escalations, keptIn } = hub.imported;
    console.log(
      `Imported the hub's previous store: ${reps} reps, ${events} events, ${alerts} alerts, ` +
        `${escalations} escalations. The old files are kept in ${keptIn}.`,
    );
  }
  if (!args.tls)
    console.log(
      'No TLS: rep keys cross the network in clear. Use --tls-cert/--tls-key beyond one trusted LAN.',
    );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await hub.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

async function runDatabaseCommand(
  command: Exclude<HubArgs['command'], { kind: 'serve' }>,
  dataDir: string,
): Promise<number> {
  try {
    if (command.kind === 'backup') {
      const { file, bytes } = await backupEmbedded(dataDir, path.resolve(command.outFile));
      console.log(`Backed up the hub database of ${dataDir} to ${file} (${bytes} bytes).`);
    } else {
      const { previousKeptIn } = await restoreEmbedded(dataDir, path.resolve(command.fromFile));
      console.log(`Restored the hub database of ${dataDir} from ${command.fromFile}.`);
      if (previousKeptIn) console.log(`The database that was there is kept in ${previousKeptIn}.`);
    }
    return 0;
  } catch (error) {
    console.error(`The ${command.kind} did not run: ${(error as Error).message}`);
    return 1;
  }
}

function redactDatabaseUrl(log: ReturnType<typeof createLogger>, url: string): void {
  log.redact(url);
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) log.redact(password);
  } catch {
    // Not a URL: the hub refuses it with its own message.
  }
}

function resolveToken(args: HubArgs): string {
  switch (args.token.kind) {
    case 'value':
      assertTeamToken(args.token.value, `The ${args.token.name} value`);
      return args.token.value;
    case 'file':
      return readTeamToken(args.token.file);
    case 'data-dir': {
      const { token, created } = loadOrCreateTeamToken(path.resolve(args.dataDir));
      if (created)
        console.log(`New team token written to ${teamTokenFile(path.resolve(args.dataDir))}`);
      return token;
    }
  }
}

function describeHubStartError(error: unknown, port: number, dataDir: string): string {
  const { code, name, message } = error as NodeJS.ErrnoException;
  if (code === 'EADDRINUSE')
    return `The hub did not start: port ${port} is in use. Pick another with --port.`;
  if (code === 'EACCES')
    return `The hub did not start: port ${port} needs more privileges. Pick one above 1024.`;
  if (name === 'StoreLockedError' || name === 'StoreDamagedError' || name === 'HubDatabaseError')
    return `The hub did not start: ${message}`;
  return `The hub did not start on ${dataDir}: ${message}`;
}

void main();
