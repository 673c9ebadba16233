import path from 'node:path';
import { createNodeCore } from '../../electron/core/app/create-node-core';
import type { Core } from '../../electron/core/app/create-core';
import { createLogger } from '../../electron/core/log/logger';
import type { CoreOptions } from '../../electron/core/app/create-core';

/** A real core (worker store, file settings) in a test's own data folder. */
export function startTestCore(
  dataDir: string,
  overrides: Partial<Omit<CoreOptions, 'settingsBackend' | 'secretCipher'>> = {},
): Promise<Core> {
  return createNodeCore({
    dataDir,
    resourcesDir: path.resolve('resources'),
    mode: 'browser',
    version: '0.0.0-test',
    log: createLogger(() => undefined),
    ...overrides,
  });
}
