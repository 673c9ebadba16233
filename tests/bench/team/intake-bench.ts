import http from 'node:http';
import { startPgCluster } from '../../support/pg-cluster';
import { makeTempDir } from '../../support/temp-dir';
import {
  HUB_SCHEMA,
  migrate,
  openHubDatabase,
  type HubDatabaseConfig,
} from '../../../electron/hub/db';
import { IntakeKeyStore } from '../../../electron/hub/pool/intake/intake-key-store';
import { startHub } from '../../../electron/hub/server/start-hub';
import { summarize, timingRows, zeroRow, type BenchRow } from '../bench-kit';
import { zoneAtMidday } from '../../unit/hub/support/floor-events';
import { ScriptedRep, type HeldLead } from './intake-reps';
import { postAtRate, postLead } from './intake-load';

/** Resolves once `done` holds (checked every 100 ms), or after `ms`. */
async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (!done() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const TEAM_TOKEN = 'team-intake-bench-token-0123456789';

export interface IntakeBenchOptions {
  perSecond: number;
  seconds: number;
  /** Scripted reps connected while leads arrive (0: intake alone, no lead is offered). */
  reps: number;
  /** Which databases to run on. */
  databases: readonly ('embedded' | 'server')[];
}

/** After the last POST, how long the reps have to hold every stored lead before it counts as lost. */
const DRAIN_MS = 60_000;

export function intakeBenchOptions(env: NodeJS.ProcessEnv = process.env): IntakeBenchOptions {
  return {
    perSecond: Number(env.TEAM_INTAKE_RATE ?? 200),
    seconds: Number(env.TEAM_INTAKE_SECONDS ?? 60),
    reps: Number(env.TEAM_INTAKE_REPS ?? 40),
    databases: (env.TEAM_INTAKE_DATABASES ?? 'embedded,server')
      .split(',')
      .filter((name): name is 'embedded' | 'server' => name === 'embedded' || name === 'server'),
  };
}

/**
 * Intake under load on one database: leads POSTed at a steady rate to a hub in this process,
 * each answered once stored (201 after the commit), while scripted reps (`ScriptedRep`, the real
 * wire protocol) take every lead offered: from POST to the rep's app holding the lead, lost (never
 * held) and duplicated (held by two reps, dialed twice, or stored twice). A resend of every tenth
 * externalId must be answered 200 with the same leadId and store nothing.
 */
export async function runIntakeLoad(
  label: string,
  database: HubDatabaseConfig,
  dataDir: string,
  options: IntakeBenchOptions,
): Promise<BenchRow[]> {
  const db = await openHubDatabase(database);
  await migrate(db, HUB_SCHEMA);
  const { key, record } = await new IntakeKeyStore(db).create('bench', Date.now());
  await db.close();
  const hub = await startHub({
    dataDir,
    ...(database.kind === 'server' ? { database } : {}),
    teamToken: TEAM_TOKEN,
    port: 0,
    intakeRate: { perSecond: options.perSecond * 10, burst: options.perSecond * 10 },
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL('/api/leads', hub.url);
  // Leads and reps in a zone where it is midday: every lead is inside its calling hours.
  const zone = zoneAtMidday(Date.now());
  const held = new Map<string, HeldLead>();
  const reps = await Promise.all(
    Array.from({ length: options.reps }, (_, index) =>
      ScriptedRep.connect(hub.url, TEAM_TOKEN, `rep-${index + 1}`, zone, held),
    ),
  );
  // A distinct valid number per lead: 555-01xx is reserved, so numbers spread over area codes.
  const lead = (index: number) => ({
    phone: `+1${[212, 312, 415, 503, 617, 713][index % 6]}${String(2_000_000 + index).padStart(7, '0')}`,
    firstName: `Lead ${index}`,
    externalId: `bench-${index}`,
    timeZone: zone,
    utm_source: 'bench',
  });
  try {
    const outcomes = await postAtRate(options.perSecond, options.seconds, (index) =>
      postLead(agent, url, key, lead(index)),
    );
    const stored = outcomes.filter((outcome) => outcome.status === 201);
    const resends = await Promise.all(
      outcomes
        .map((outcome, index) => ({ outcome, index }))
        .filter(({ index }) => index % 10 === 0)
        .map(async ({ outcome, index }) => {
          const again = await postLead(agent, url, key, lead(index));
          return again.status === 200 && again.leadId === outcome.leadId;
        }),
    );
    const answered = new Set(stored.map((outcome) => outcome.leadId!));
    if (options.reps > 0) await until(() => [...answered].every((id) => held.has(id)), DRAIN_MS);
    await Promise.all(reps.map((rep) => rep.close()));
    await hub.close();
    const after = await openHubDatabase(database);
    const counts = await after.query<{ rows: number; ids: number; external: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT id)::int AS ids,
              count(DISTINCT external_id)::int AS external
         FROM pool_leads WHERE source_key = $1`,
      [record.id],
    );
    await after.close();
    const { rows, external } = counts.rows[0]!;
    const toHeld = stored.flatMap((outcome) => {
      const lead = held.get(outcome.leadId!);
      return lead ? [lead.heldAt - outcome.startedAt] : [];
    });
    const repRows: BenchRow[] =
      options.reps === 0
        ? []
        : [
            { metric: `${label}: scripted reps connected`, value: options.reps, unit: 'reps' },
            ...timingRows(
              `${label}: POST to the rep's app holding the lead`,
              summarize(toHeld),
              500,
            ),
            zeroRow(
              `${label}: lost (answered 201, no rep held it ${DRAIN_MS / 1000} s after the last POST)`,
              [...answered].filter((id) => !held.has(id)).length,
              'leads',
            ),
            zeroRow(
              `${label}: duplicated (held by two reps)`,
              [...held.values()].filter((lead) => lead.reps.size > 1).length,
              'leads',
            ),
            zeroRow(
              `${label}: dialed twice`,
              [...held.values()].filter((lead) => lead.dialedBy.length > 1).length,
              'leads',
            ),
          ];
    return [
      { metric: `${label}: leads posted`, value: outcomes.length, unit: 'leads' },
      {
        metric: `${label}: answered 201`,
        value: stored.length,
        unit: 'leads',
        target: `${outcomes.length}`,
        pass: stored.length === outcomes.length,
      },
      ...timingRows(`${label}: POST to stored (201)`, summarize(stored.map((o) => o.ms)), 500),
      zeroRow(`${label}: lost (answered 201, not in the pool)`, answered.size - rows, 'leads'),
      zeroRow(`${label}: duplicated (rows past one per externalId)`, rows - external, 'leads'),
      zeroRow(
        `${label}: resends not answered 200 with the same leadId`,
        resends.filter((ok) => !ok).length,
        'leads',
      ),
      ...repRows,
    ];
  } finally {
    await Promise.all(reps.map((rep) => rep.close()));
    agent.destroy();
    await hub.close();
  }
}

/** The intake half of `npm run bench -- team`: the embedded database, then a PostgreSQL server. */
export async function runTeamIntakeRows(
  options: IntakeBenchOptions = intakeBenchOptions(),
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  if (options.databases.includes('embedded')) rows.push(...(await runEmbedded(options)));
  if (options.databases.includes('server')) rows.push(...(await runOnServer(options)));
  return rows;
}

async function runEmbedded(options: IntakeBenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const embedded = makeTempDir('dialdeck-intake-bench-');
  try {
    rows.push(
      ...(await runIntakeLoad(
        'embedded',
        { kind: 'embedded', dataDir: embedded.dir },
        embedded.dir,
        options,
      )),
    );
  } finally {
    embedded.remove();
  }
  return rows;
}

async function runOnServer(options: IntakeBenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cluster = await startPgCluster();
  const serverDir = makeTempDir('dialdeck-intake-bench-pg-');
  try {
    const database = await cluster.createDatabase();
    rows.push(
      ...(await runIntakeLoad(
        'PostgreSQL server',
        { kind: 'server', url: database.url },
        serverDir.dir,
        options,
      )),
    );
  } finally {
    serverDir.remove();
    await cluster.stop();
  }
  return rows;
}
