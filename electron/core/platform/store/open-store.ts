import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { RemoteStore, reviveError } from './remote-store';
import { RequestProcessor } from './request-processor';
import { StoreEngine } from './store-engine';
import type { StoreReply, WorkerStartMessage } from './store-protocol';
import type { Store, StoreOptions, StoreStats } from './store';

/** A built worker file, or (when running from TypeScript sources) code that loads it through tsx. */
export type WorkerScript = { file: string } | { evalCode: string };

/** Run from source (tsx, vitest) the worker is TypeScript; in a build it sits beside the bundle. */
export function defaultWorkerScript(): WorkerScript {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const entry = pathToFileURL(path.join(path.dirname(here), 'worker-entry.ts')).href;
    return {
      evalCode: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
    };
  }
  return { file: path.join(path.dirname(here), 'store-worker.js') };
}

/**
 * The rep app's schema unless told otherwise: the team hub keeps its own database with its own
 * migrations. Migrations are plain data, so they reach the worker in `workerData`.
 */
export interface OpenStoreOptions extends StoreOptions {
  migrations?: readonly Migration[];
}

export interface OpenedStore {
  store: Store;
  stats: StoreStats;
}

/** The production store: the engine runs in a worker thread so the main loop never waits on disk. */
export function openStore(
  options: OpenStoreOptions,
  script: WorkerScript = defaultWorkerScript(),
): Promise<OpenedStore> {
  const worker =
    'file' in script
      ? new Worker(script.file, { workerData: options })
      : new Worker(script.evalCode, { eval: true, workerData: options });
  const store = new RemoteStore((request) => worker.postMessage(request));
  return new Promise((resolve, reject) => {
    let started = false;
    worker.on('message', (message: StoreReply | WorkerStartMessage) => {
      if ('kind' in message) {
        started = true;
        if (message.kind === 'ready') resolve({ store, stats: message.stats });
        else reject(reviveError(message.error));
        return;
      }
      store.receive(message);
    });
    worker.on('error', (error) => {
      if (!started) reject(error);
      store.failAll(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`The store worker stopped (exit code ${code}).`);
      if (!started) reject(error);
      store.failAll(error);
    });
  });
}

/** The same engine and batching on the calling thread: for tests and one-shot CLI commands. */
export async function openInlineStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const engine = await StoreEngine.open({
    ...options,
    migrations: options.migrations ?? MIGRATIONS,
  });
  let processor: RequestProcessor | null = null;
  const store = new RemoteStore((request) => processor?.submit(request));
  processor = new RequestProcessor(
    engine,
    (reply) => store.receive(reply),
    (run) => setImmediate(run),
    () => undefined,
  );
  return { store, stats: engine.stats() };
}
