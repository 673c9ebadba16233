import { spawn } from 'node:child_process';
import { bundleForNode } from './bundle-for-node';

export type CrashBundles = Record<'crash-writer' | 'store-worker', string>;

/** The writer and the store worker as plain ESM: a child starts far faster than through tsx. */
export async function bundleCrashWriter(): Promise<CrashBundles> {
  return (await bundleForNode(
    {
      'crash-writer': 'tests/support/crash-writer.ts',
      'store-worker': 'electron/core/platform/store/worker-entry.ts',
    },
    'crash',
  )) as CrashBundles;
}

export interface KillPlan {
  /** Kill this many ms after the start, before or during opening; null to kill after acks. */
  duringStartupMs: number | null;
  /** Kill once this many writes were acknowledged (0: as soon as the store is open). */
  afterAcks: number;
}

/** Starts the writer and SIGKILLs it as planned; resolves with the ids it acknowledged. */
export function runAndKill(
  bundles: CrashBundles,
  dataDir: string,
  runId: string,
  plan: KillPlan,
): Promise<string[]> {
  const acked: string[] = [];
  const child = spawn(process.execPath, [bundles['crash-writer'], dataDir, runId, '4096'], {
    env: { ...process.env, DIALDECK_STORE_WORKER: bundles['store-worker'] },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffered = '';
  let stderr = '';
  const kill = () => child.kill('SIGKILL');
  if (plan.duringStartupMs !== null) setTimeout(kill, plan.duringStartupMs);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (line === 'open' && plan.afterAcks === 0 && plan.duringStartupMs === null) kill();
    }
    if (acked.length >= plan.afterAcks && plan.duringStartupMs === null) kill();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself: ${stderr}`));
      else resolve(acked);
    });
  });
}
