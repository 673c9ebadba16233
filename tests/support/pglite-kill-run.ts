import { spawn } from 'node:child_process';
import { bundleForNode } from './bundle-for-node';

export async function bundleAckWriter(): Promise<string> {
  const bundles = await bundleForNode(
    { 'pglite-ack-writer': 'tests/support/pglite-ack-writer.ts' },
    'pglite-kill',
  );
  return bundles['pglite-ack-writer']!;
}

export type KillMoment =
  /** SIGKILL this many ms after the start: while it opens, recovers or verifies. */
  | { kind: 'startup'; afterMs: number }
  /** SIGKILL on reading the n-th ack, while the writer goes on writing. */
  | { kind: 'acks'; after: number };

export interface KillRun {
  acked: string[];
  /** The previous runs' acknowledged ids the writer found on opening: null if killed before. */
  verified: number | null;
  missing: string[];
}

/** Runs the writer once and SIGKILLs it at the moment given. */
export function runAckWriterAndKill(
  bundle: string,
  args: { dataDir: string; runId: string; expectedFile: string },
  moment: KillMoment,
): Promise<KillRun> {
  const child = spawn(process.execPath, [bundle, args.dataDir, args.runId, args.expectedFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: KillRun = { acked: [], verified: null, missing: [] };
  let pending = '';
  let stderr = '';
  const kill = () => child.kill('SIGKILL');
  if (moment.kind === 'startup') setTimeout(kill, moment.afterMs);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('ack ')) run.acked.push(line.slice(4));
      else if (line.startsWith('verified ')) run.verified = Number(line.slice(9));
      else if (line.startsWith('missing ')) run.missing.push(...line.slice(8).split(' '));
      else if (line === 'open' && moment.kind === 'acks' && moment.after === 0) kill();
    }
    if (moment.kind === 'acks' && moment.after > 0 && run.acked.length >= moment.after) kill();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`the writer exited by itself (${_code}): ${stderr}`));
    });
  });
}
