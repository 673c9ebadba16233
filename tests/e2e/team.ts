import { DEMO_WORKDAY, startBrowserMode, type BrowserModeApp } from './browser-mode';

export interface TeamSupervisor {
  app: BrowserModeApp;
  /** The hub the supervisor's app hosts, as its output printed it. */
  hubUrl: string;
}

/**
 * A supervisor's app (Sam Lead, no demo leads) hosting the team hub on a free port with the team
 * token, on the simulated workday's clock. Resolves once the hub says where it listens.
 */
export async function startSupervisor(
  teamToken: string,
  options: { dataDir?: string } = {},
): Promise<TeamSupervisor> {
  const app = await startBrowserMode({
    ...options,
    args: [
      ...['--role', 'supervisor', '--rep-id', 'sam', '--rep-name', 'Sam Lead', '--no-demo'],
      ...['--hub-port', '0', '--hub-token', teamToken, '--sim-clock-start', DEMO_WORKDAY],
    ],
  });
  const hubUrl = /Team hub listening at (http:\/\/\S+)/.exec(app.output())?.[1];
  if (!hubUrl) {
    await app.stop();
    throw new Error(`The supervisor's hub did not start:\n${app.output()}`);
  }
  return { app, hubUrl };
}

/**
 * A rep's app on the team: its id and name, following the hub; `args` says how it signs in
 * (`--hub-token` or `--hub-rep-key`) and what its line and leads are.
 */
export function startTeamRep(
  hubUrl: string,
  rep: { id: string; name: string },
  args: readonly string[],
): Promise<BrowserModeApp> {
  return startBrowserMode({
    args: ['--rep-id', rep.id, '--rep-name', rep.name, '--hub-url', hubUrl, ...args],
  });
}
