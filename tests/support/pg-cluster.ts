import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A role that must give its password (every other login on 127.0.0.1 is trusted). */
export const PASSWORD_ROLE = { name: 'dialdeck_pw', password: 'right-password' };

export interface PgCluster {
  port: number;
  /** How long initdb + start took, in ms. */
  startupMs: number;
  url(database: string, role?: string, password?: string): string;
  /** A new empty database, dropped by the returned function. */
  createDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }>;
  /** CPU seconds used so far by the server's processes (postmaster and backends; Linux). */
  cpuSeconds(): number;
  /** Stops the server as an operator would (fast shutdown), its data kept. */
  stopServer(): Promise<void>;
  /** Starts it again on the same port and data. */
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

const binDir = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, run its tools as the postgres user. */
async function runPg(tool: string, args: string[]): Promise<string> {
  const binary = path.join(binDir, tool);
  const [command, fullArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  try {
    return (await run(command, fullArgs, { encoding: 'utf8' })).stdout;
  } catch (error) {
    const failed = error as { stderr?: string; message: string };
    throw new Error(`${tool} failed: ${failed.stderr || failed.message}`, { cause: error });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function makeClusterDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    fs.chownSync(dir, uid, gid);
  }
  return dir;
}

async function initCluster(dir: string, data: string): Promise<void> {
  // --no-sync only skips initdb's own final flush of the throwaway files; the server runs with
  // fsync on, as a real one does.
  await runPg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const hba = [
    'local all all trust',
    `host all ${PASSWORD_ROLE.name} 127.0.0.1/32 scram-sha-256`,
    'host all all 127.0.0.1/32 trust',
  ];
  fs.writeFileSync(path.join(dir, 'pg_hba.conf'), hba.join('\n') + '\n', { mode: 0o644 });
}

async function startOn(dir: string, data: string, port: number): Promise<void> {
  const options = [
    `-c listen_addresses=127.0.0.1`,
    `-c port=${port}`,
    `-c unix_socket_directories=${dir}`,
    `-c hba_file=${path.join(dir, 'pg_hba.conf')}`,
    '-c fsync=on',
    '-c max_connections=60',
  ].join(' ');
  await runPg('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '30',
    '-o',
    options,
    'start',
  ]);
}

/**
 * Starts a throwaway PostgreSQL cluster on a free port (trust on 127.0.0.1), for one test file.
 * It fails loudly when it cannot start: the server adapter's tests are never skipped.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const started = performance.now();
  const dir = makeClusterDir();
  const data = path.join(dir, 'data');
  let port = 0;
  try {
    await initCluster(dir, data);
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await startOn(dir, data, port);
        break;
      } catch (error) {
        // Another process may take the port between freePort() and the server's bind.
        if (attempt === 3) throw error;
      }
    }
  } catch (error) {
    const log = path.join(dir, 'server.log');
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `could not start a PostgreSQL cluster for the tests (binaries in ${binDir}; set PG_BIN ` +
        `to another folder): ${(error as Error).message}\n${tail}`,
      { cause: error },
    );
  }
  const startupMs = performance.now() - started;
  const url = (database: string, role = 'postgres', password?: string) =>
    `postgres://${role}${password ? `:${password}` : ''}@127.0.0.1:${port}/${database}`;

  const connectAdmin = async () => {
    const client = new pg.Client({ connectionString: url('postgres') });
    // The admin connection dies with the server when a test stops it; it is replaced on start.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  let admin = await connectAdmin();
  await admin.query(`CREATE ROLE ${PASSWORD_ROLE.name} LOGIN PASSWORD '${PASSWORD_ROLE.password}'`);
  let next = 0;

  return {
    port,
    startupMs,
    url,
    async createDatabase() {
      const name = `t_${process.pid}_${++next}`;
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.query(`GRANT ALL ON DATABASE ${name} TO ${PASSWORD_ROLE.name}`);
      return {
        name,
        url: url(name),
        drop: async () => {
          await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        },
      };
    },
    cpuSeconds: () => serverCpuSeconds(data),
    async stopServer() {
      await runPg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    async startServer() {
      await startOn(dir, data, port);
      admin = await connectAdmin();
    },
    async stop() {
      await admin.end().catch(() => undefined);
      await runPg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sums utime + stime of the postmaster and every process it started, from /proc. */
function serverCpuSeconds(data: string): number {
  const postmaster = Number(
    fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) !== postmaster && Number(fields[1]) !== postmaster) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks / 100;
}
