// Finds the tools of test-tools.mjs on this machine: a glob path, a program on PATH, or Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { pickChromium } from './test-tools.mjs';

/** Folders with system programs that a non-root PATH often leaves out. */
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The paths matching `pattern`, whose `*` stands for any part of one path segment; highest first. */
export function expandGlob(pattern) {
  const segments = pattern.split('/');
  let matches = [segments[0] === '' ? '/' : '.'];
  for (const segment of segments.slice(segments[0] === '' ? 1 : 0)) {
    if (segment === '') continue;
    if (!segment.includes('*')) {
      matches = matches.map((dir) => path.join(dir, segment)).filter((file) => fs.existsSync(file));
      continue;
    }
    const escaped = segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
    const matcher = new RegExp(`^${escaped}$`);
    matches = matches.flatMap((dir) => {
      let names = [];
      try {
        names = fs.readdirSync(dir);
      } catch {
        // not a folder, or not readable
      }
      return names
        .filter((name) => matcher.test(name))
        .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
        .map((name) => path.join(dir, name));
    });
  }
  return matches;
}

/** The program's path on PATH (or in the sbin folders), or null. */
export function findCommand(name, env = process.env) {
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SBIN];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return null;
}

/** Playwright's own Chromium, where playwright-core is installed (downloaded or not), else null. */
export async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * Where the tool is on this machine.
 * @param {import('./test-tools.mjs').Tool} tool
 * @returns {Promise<{ path: string } | { path: null, problem?: string }>}
 */
export async function findTool(tool, env = process.env) {
  for (const probe of tool.find) {
    if ('chromium' in probe) {
      const found = pickChromium({
        override: env.DIALDECK_CHROMIUM || undefined,
        exists: isExecutable,
        playwrightPath: await playwrightChromiumPath(),
      });
      if (found.path || found.problem) return found;
    } else if ('glob' in probe) {
      const [match] = expandGlob(probe.glob);
      if (match) return { path: match };
    } else {
      const match = findCommand(probe.command, env);
      if (match) return { path: match };
    }
  }
  return { path: null };
}
