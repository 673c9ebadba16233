export * from './errors';
export * from './sql';
export * from './store';
export { openStore, openInlineStore, defaultWorkerScript, type WorkerScript } from './open-store';
export { LATEST_SCHEMA_VERSION } from './migrations';
