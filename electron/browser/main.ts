import path from 'node:path';
import { createNodeCore } from '../core/app/create-node-core';
import { consoleSink, createLogger } from '../core/platform/log/logger';
import { packageVersion, projectRoot } from '../core/platform/project-paths';
import { describeStartupError } from '../core/app/startup-error';
import { shiftedClock } from '../core/app/shifted-clock';
import { systemClock } from '../core/platform/system-clock';
import { BROWSER_USAGE, parseBrowserArgs } from './browser-args';
import { startBrowserServer } from './browser-server';
import { hubBanner } from './hub-banner';

/** Browser mode: the core in this Node process, the renderer served to a browser on 127.0.0.1. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(BROWSER_USAGE);
    process.exit(0);
  }
  let args;
  try {
    args = parseBrowserArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${BROWSER_USAGE}`);
    process.exit(2);
  }
  for (const warning of args.warnings) console.error(warning);
  const root = projectRoot(import.meta.dirname);
  const log = createLogger((level, line) => {
    if (process.env.DIALDECK_LOG === 'verbose' || level !== 'info') consoleSink(level, line);
  });
  if (args.clockStart !== null) {
    console.log(
      `Simulated time: the clock starts at ${new Date(args.clockStart).toISOString()} ` +
        '(calling windows and KPI days follow it). For demos and tests only.',
    );
  }
  if (args.twilio.fakeDevice) {
    console.log(
      'Twilio test mode: the window uses the scripted Device a test puts on the page; no call reaches Twilio.',
    );
  }
  const core = await createNodeCore({
    dataDir: path.resolve(args.dataDir),
    resourcesDir: path.join(root, 'resources'),
    mode: 'browser',
    version: packageVersion(root),
    log,
    seedDemo: args.seedDemo,
    settingsOverrides: args.settingsOverrides,
    secretOverrides: args.secretOverrides,
    simulation: args.simulation,
    twilio: args.twilio,
    ...(args.clockStart === null ? {} : { clock: shiftedClock(systemClock, args.clockStart) }),
  }).catch((error: unknown) => {
    console.error(describeStartupError(error, args.dataDir));
    process.exit(1);
  });
  const server = await startBrowserServer({
    core,
    rendererDir: path.join(root, 'out', 'renderer'),
    port: args.port,
  }).catch(async (error: unknown) => {
    console.error(`Could not start browser mode on port ${args.port}: ${(error as Error).message}`);
    await core.close();
    process.exit(1);
  });
  for (const line of await hubBanner(core)) console.log(line);
  console.log(`Dialdeck browser mode ready: ${server.url}`);
  console.log(`Data folder: ${path.resolve(args.dataDir)}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
