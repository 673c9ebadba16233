// First step of `npm start` and `npm test`: runs `npm ci` when node_modules is missing or older
// than package-lock.json, and says so in one line. Dependency-free: it runs before anything is
// installed. Electron's binary is fetched only where its download host answers and neither CI nor
// ELECTRON_SKIP_BINARY_DOWNLOAD says otherwise; without it, `npm start` runs browser mode.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import {
  depsPlan,
  electronDownloadHost,
  electronDownloadPlan,
  electronSkipFromEnv,
  installLine,
} from './deps-plan.mjs';

const root = path.resolve(import.meta.dirname, '..');
const PROBE_TIMEOUT_MS = 3000;

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Whether the host answers an HTTPS request within a few seconds (any status will do). */
function probe(host) {
  return new Promise((resolve) => {
    const request = https.request({ host, method: 'HEAD', path: '/', timeout: PROBE_TIMEOUT_MS });
    request.on('response', (response) => {
      response.resume();
      resolve(true);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(false));
    request.end();
  });
}

/** npm itself when this runs under npm (npm_execpath), else the npm on PATH. */
function npm(args, env) {
  const npmCli = process.env.npm_execpath;
  const [command, commandArgs] =
    npmCli && /\.(c|m)?js$/.test(npmCli) ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return spawnSync(command, commandArgs, {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32' && command === 'npm',
  });
}

const lockAt = mtime(path.join(root, 'package-lock.json'));
if (lockAt === null) {
  console.error('package-lock.json is missing: run `npm install` once to create it.');
  process.exit(1);
}
const deps = depsPlan({
  installedAt: mtime(path.join(root, 'node_modules', '.package-lock.json')),
  lockAt,
});
if (!deps.install) process.exit(0);

const env = { ...process.env };
const reachable = electronSkipFromEnv(env) ? null : await probe(electronDownloadHost(env));
const electron = electronDownloadPlan({ env, reachable });
console.log(installLine(deps, electron));

// Older Electron packages download in their install script; newer ones on first use. Either way
// the variable keeps them from trying where it cannot work.
if (!electron.download) env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
const ci = npm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], env);
if (ci.status !== 0) {
  console.error(`npm ci failed (exit ${ci.status ?? ci.signal}); nothing else was run.`);
  process.exit(ci.status || 1);
}

if (electron.download) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const fetched = fs.existsSync(installer)
    ? spawnSync(process.execPath, [installer], {
        cwd: root,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 10 * 60_000,
      })
    : null;
  if (fetched?.status !== 0) {
    console.log(
      'The Electron binary could not be downloaded: npm start runs in browser mode (retry with `npx install-electron`).',
    );
  }
}
