import path from 'node:path';
import { createNodeCore } from '../../electron/core/app/create-node-core';
import type { Core } from '../../electron/core/app/create-core';
import { createLogger } from '../../electron/core/platform/log/logger';
import type { CoreOptions } from '../../electron/core/app/create-core';
import { shiftedClock } from '../../electron/core/app/shifted-clock';
import { systemClock } from '../../electron/core/platform/system-clock';

/**
 * A Tuesday afternoon in March: inside the calling window of every demo lead (London 17:00,
 * New York 13:00, Los Angeles 10:00). On the real time of day a test would find the queue empty
 * whenever it ran at night in America.
 */
export const TEST_WORKDAY_START = Date.parse('2026-03-10T17:00:00Z');

/** A real core (worker store, file settings) in a test's own data folder, on a workday clock. */
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
    clock: shiftedClock(systemClock, TEST_WORKDAY_START),
    ...overrides,
  });
}
