import { parentPort, workerData } from 'node:worker_threads';
import { MIGRATIONS } from './migrations';
import { RequestProcessor } from './request-processor';
import { StoreEngine } from './store-engine';
import { serializeError, type StoreRequest, type WorkerStartMessage } from './store-protocol';
import type { OpenStoreOptions } from './open-store';

const port = parentPort;
if (!port) throw new Error('The store worker must run in a worker thread.');
const options = workerData as OpenStoreOptions;

StoreEngine.open({ ...options, migrations: options.migrations ?? MIGRATIONS }).then(
  (engine) => {
    const processor = new RequestProcessor(
      engine,
      (reply) => port.postMessage(reply),
      (run) => setImmediate(run),
      () => port.close(),
    );
    port.on('message', (request: StoreRequest) => processor.submit(request));
    port.postMessage({ kind: 'ready', stats: engine.stats() } satisfies WorkerStartMessage);
  },
  (error: unknown) => {
    port.postMessage({
      kind: 'open-failed',
      error: serializeError(error),
    } satisfies WorkerStartMessage);
  },
);
