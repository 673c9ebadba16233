import { DEMO_WORKDAY, scriptedLine, startBrowserMode, type BrowserModeApp } from './browser-mode';

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

/** A rep of a scripted team: who they are, and the calls their simulated line plays in order. */
export interface ScriptedTeamRep {
  id: string;
  name: string;
  seed: string;
  calls: readonly { line: string }[];
}

/**
 * The supervisor's app hosting the hub, and each rep's app following it with the team token on a
 * seeded simulated line that plays the rep's calls in order; `repArgs` go to every rep's app.
 */
export async function startScriptedTeam(
  teamToken: string,
  members: readonly ScriptedTeamRep[],
  repArgs: readonly string[] = [],
): Promise<{ supervisor: BrowserModeApp; reps: BrowserModeApp[] }> {
  const { app: supervisor, hubUrl } = await startSupervisor(teamToken);
  const reps = await Promise.all(
    members.map((rep) =>
      startTeamRep(hubUrl, rep, [
        ...['--hub-token', teamToken, ...repArgs],
        ...scriptedLine(rep.calls.map((call) => call.line).join(','), rep.seed),
      ]),
    ),
  );
  return { supervisor, reps };
}

/** The reps' apps first (none left retrying a hub that is gone), then the supervisor's. */
export async function stopScriptedTeam(
  supervisor: BrowserModeApp,
  reps: readonly BrowserModeApp[],
): Promise<void> {
  await Promise.all(reps.map((rep) => rep.stop()));
  await supervisor.stop();
}
