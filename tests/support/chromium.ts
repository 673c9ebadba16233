import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium every test drives, picked as `npm test`'s scripts/test-tools.mjs picks it:
 * DIALDECK_CHROMIUM when set, else Debian's, else Playwright's own download. No test skips for
 * want of it: scripts/ensure-test-tools.mjs installs it or stops the run first.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DIALDECK_CHROMIUM) return env.DIALDECK_CHROMIUM;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return chromium.executablePath();
}
