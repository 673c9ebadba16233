// Second step of `npm test`: makes sure of what the tests need beyond npm (scripts/test-tools.mjs
// lists it). As root with apt-get, it installs what is missing; elsewhere it stops before any test
// runs, naming the one command that installs it. A missing Chromium may also come from
// Playwright's own download where that works. No test is ever skipped for a missing tool.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findCommand, findTool, playwrightChromiumPath } from './find-tool.mjs';
import { TEST_TOOLS, aptCommand, toolsPlan } from './test-tools.mjs';

const root = path.resolve(import.meta.dirname, '..');

async function survey() {
  const found = [];
  const missing = [];
  const problems = [];
  for (const tool of TEST_TOOLS) {
    const where = await findTool(tool);
    if (where.path) found.push({ tool, path: where.path });
    else if (where.problem) problems.push(where.problem);
    else missing.push(tool);
  }
  return { found, missing, problems };
}

/** Runs a command; its own output only when `quiet` is off, its errors always. */
function run(command, args, { env = process.env, quiet = false } = {}) {
  const stdio = ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'];
  return spawnSync(command, args, { cwd: root, env, stdio }).status === 0;
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

let { found, missing, problems } = await survey();
const plan = toolsPlan({
  missing,
  problems,
  isRoot: process.getuid?.() === 0,
  hasApt: findCommand('apt-get') !== null,
  canTryPlaywright: (await playwrightChromiumPath()) !== null,
});

switch (plan.action) {
  case 'ready':
    break;
  case 'stop':
    stop(plan.message);
    break;
  case 'apt': {
    console.log(
      `Installing what the tests need with apt-get: ${plan.packages.join(' ')} (${missing.map((tool) => tool.name).join(', ')} missing).`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Another run installing at the same time holds dpkg's lock: wait for it rather than fail.
    const wait = ['-o', 'DPkg::Lock::Timeout=300'];
    const installed =
      run('apt-get', [...wait, 'update', '-qq'], { env, quiet: true }) &&
      run('apt-get', [...wait, 'install', '-y', '-qq', ...plan.packages], { env, quiet: true });
    if (!installed) {
      stop(
        `apt-get could not install them; nothing was run. The command: ${aptCommand(missing, { asRoot: true })}`,
      );
    }
    break;
  }
  case 'playwright': {
    console.log("Chromium is missing: downloading Playwright's own (playwright install chromium).");
    const cli = path.join(root, 'node_modules', 'playwright-core', 'cli.js');
    if (!run(process.execPath, [cli, 'install', 'chromium'])) stop(plan.otherwise);
    break;
  }
}

if (plan.action !== 'ready') {
  ({ found, missing, problems } = await survey());
  if (missing.length > 0 || problems.length > 0) {
    const names = [...problems, ...missing.map((tool) => `${tool.name} is still not found`)];
    stop(`${names.join('; ')}. Nothing was run.`);
  }
}
console.log(
  `Test tools: ${found.map(({ tool, path: where }) => `${tool.name} ${where}`).join(', ')}.`,
);
