// What `npm start` and `npm test` decide before anything else: whether node_modules needs an
// `npm ci`, and whether the Electron binary can be downloaded. Pure: the callers gather the facts.

/**
 * node_modules/.package-lock.json is the last file npm writes in an install, so its time is when
 * node_modules was last made whole; null when it is missing (never installed, or cut short).
 * @param {{ installedAt: number | null, lockAt: number }} facts times in ms
 * @returns {{ install: false } | { install: true, reason: string }}
 */
export function depsPlan({ installedAt, lockAt }) {
  if (installedAt === null) return { install: true, reason: 'node_modules is missing' };
  if (installedAt < lockAt) {
    return { install: true, reason: 'package-lock.json is newer than node_modules' };
  }
  return { install: false };
}

/** True for a set flag (`1`, `true`, anything else non-empty), false for unset, empty, `0`, `false`. */
export function flagSet(value) {
  return value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
}

/**
 * The host Electron's binary comes from: ELECTRON_MIRROR's, else GitHub's releases.
 * @param {Record<string, string | undefined>} env
 */
export function electronDownloadHost(env) {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  if (mirror) {
    try {
      return new URL(mirror).host;
    } catch {
      return mirror;
    }
  }
  return 'github.com';
}

/**
 * Why the download is skipped without asking the network, or null when a probe must decide.
 * @param {Record<string, string | undefined>} env
 */
export function electronSkipFromEnv(env) {
  if (flagSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  if (flagSet(env.CI)) return 'CI is set';
  return null;
}

/**
 * @param {{ env: Record<string, string | undefined>, reachable: boolean | null }} facts
 *   reachable: whether a quick probe of the download host answered (null: not probed)
 * @returns {{ download: true, host: string } | { download: false, reason: string }}
 */
export function electronDownloadPlan({ env, reachable }) {
  const fromEnv = electronSkipFromEnv(env);
  if (fromEnv) return { download: false, reason: fromEnv };
  const host = electronDownloadHost(env);
  if (reachable === false) return { download: false, reason: `${host} cannot be reached` };
  return { download: true, host };
}

/**
 * The one line said before `npm ci` runs.
 * @param {{ install: true, reason: string }} deps
 * @param {ReturnType<typeof electronDownloadPlan>} electron
 */
export function installLine(deps, electron) {
  const then = electron.download
    ? `then the Electron binary from ${electron.host}`
    : `the Electron binary download is skipped (${electron.reason}): npm start runs in browser mode`;
  return `Installing dependencies with npm ci (${deps.reason}); ${then}.`;
}
