// What `npm test` needs beyond npm, and what to do when some of it is missing. Pure: the finding
// is in find-tool.mjs, the installing in ensure-test-tools.mjs.

/**
 * @typedef {{ glob: string } | { command: string } | { chromium: true }} Probe
 *   glob: a path whose `*` segments match any name; command: a program on PATH (or in the sbin
 *   folders); chromium: DIALDECK_CHROMIUM, else Debian's, else Playwright's own download
 * @typedef {{ id: string, name: string, neededFor: string, apt: string[], find: Probe[] }} Tool
 */

/** @type {Tool[]} Each tool is present when any one of its probes finds it. */
export const TEST_TOOLS = [
  {
    id: 'chromium',
    name: 'Chromium',
    neededFor: 'the end-to-end tests and the wall-screen test',
    apt: ['chromium'],
    find: [{ chromium: true }],
  },
  {
    id: 'openssl',
    name: 'openssl',
    neededFor: "the team hub's TLS test, for a self-signed certificate",
    apt: ['openssl'],
    find: [{ command: 'openssl' }],
  },
  {
    id: 'postgresql',
    name: 'PostgreSQL server',
    neededFor: 'tests of a hub database on PostgreSQL',
    apt: ['postgresql'],
    find: [{ glob: '/usr/lib/postgresql/*/bin/postgres' }, { command: 'postgres' }],
  },
  {
    id: 'kamailio',
    name: 'Kamailio',
    neededFor: 'tests of SIP calls through a SIP proxy',
    apt: ['kamailio'],
    find: [{ command: 'kamailio' }],
  },
  {
    id: 'kamailio-websocket',
    name: "Kamailio's WebSocket module",
    neededFor: 'tests of SIP over WebSocket from the window',
    apt: ['kamailio-websocket-modules'],
    find: [
      { glob: '/usr/lib/*/kamailio/modules/websocket.so' },
      { glob: '/usr/lib/kamailio/modules/websocket.so' },
      { glob: '/usr/local/lib*/kamailio/modules/websocket.so' },
    ],
  },
  {
    // baresip-core carries the program; the `baresip` package only adds GUI front-ends.
    id: 'baresip',
    name: 'baresip',
    neededFor: "tests of SIP calls, as the prospect's phone",
    apt: ['baresip-core'],
    find: [{ command: 'baresip' }],
  },
  {
    id: 'sox',
    name: 'SoX',
    neededFor: 'tests of SIP call audio',
    apt: ['sox'],
    find: [{ command: 'sox' }],
  },
];

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to use: DIALDECK_CHROMIUM when set (and it must be there), else Debian's, else
 * Playwright's own download. tests/support/chromium.ts picks the same way.
 * @param {{ override: string | undefined, exists: (file: string) => boolean, playwrightPath: string | null }} facts
 * @returns {{ path: string } | { path: null, problem?: string }}
 */
export function pickChromium({ override, exists, playwrightPath }) {
  if (override) {
    return exists(override)
      ? { path: override }
      : { path: null, problem: `DIALDECK_CHROMIUM is set to ${override}, which is not there` };
  }
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath };
  return { path: null };
}

/** The packages that install these tools, each once, in the list's order. */
export function aptPackages(tools) {
  return [...new Set(tools.flatMap((tool) => tool.apt))];
}

/** The one command a person runs to install these tools on Debian or Ubuntu. */
export function aptCommand(tools, { asRoot }) {
  const sudo = asRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${aptPackages(tools).join(' ')}`;
}

/**
 * What to do about the missing tools.
 * @param {{ missing: Tool[], problems: string[], isRoot: boolean, hasApt: boolean, canTryPlaywright: boolean }} facts
 *   problems: a tool named by the environment that is not there (never replaced behind its back)
 * @returns {{ action: 'ready' }
 *   | { action: 'apt', packages: string[] }
 *   | { action: 'playwright', otherwise: string }
 *   | { action: 'stop', message: string }}
 */
export function toolsPlan({ missing, problems, isRoot, hasApt, canTryPlaywright }) {
  if (problems.length > 0) {
    return { action: 'stop', message: `${problems.join('; ')}. Nothing was run.` };
  }
  if (missing.length === 0) return { action: 'ready' };
  if (isRoot && hasApt) return { action: 'apt', packages: aptPackages(missing) };
  const stop = stopMessage(missing, { hasApt });
  if (canTryPlaywright && missing.every((tool) => tool.id === 'chromium')) {
    return { action: 'playwright', otherwise: stop };
  }
  return { action: 'stop', message: stop };
}

/** Names what is missing, what needs it, and the one command that installs it all. */
export function stopMessage(missing, { hasApt }) {
  const list = missing.map((tool) => `  ${tool.name}: ${tool.neededFor}`).join('\n');
  const command = aptCommand(missing, { asRoot: false });
  const how = hasApt
    ? `Install ${missing.length === 1 ? 'it' : 'them'} with:\n  ${command}`
    : `Install ${missing.length === 1 ? 'it' : 'them'} with your system's package manager; on Debian or Ubuntu:\n  ${command}`;
  return `npm test needs what is not installed here, so nothing was run:\n${list}\n${how}`;
}
