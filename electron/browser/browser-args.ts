import { parseArgs } from 'node:util';
import type { SettingsPatch } from '../../shared/domain/settings';
import { defaultDataDir } from '../core/platform/default-data-dir';

export interface BrowserArgs {
  dataDir: string;
  port: number;
  seedDemo: boolean;
  settingsOverrides: SettingsPatch;
}

export const BROWSER_USAGE =
  'usage: npm run start:browser -- [--data-dir DIR] [--port PORT] [--role rep|supervisor] ' +
  '[--rep-id ID] [--rep-name NAME] [--no-demo]';

/** Throws an Error whose message is fit to print when the arguments are wrong. */
export function parseBrowserArgs(argv: readonly string[]): BrowserArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      role: { type: 'string' },
      'rep-id': { type: 'string' },
      'rep-name': { type: 'string' },
      'no-demo': { type: 'boolean' },
    },
    strict: true,
  });
  const port = Number(values.port ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${values.port}".`);
  }
  const role = values.role;
  if (role !== undefined && role !== 'rep' && role !== 'supervisor') {
    throw new Error(`--role must be "rep" or "supervisor", got "${role}".`);
  }
  const settingsOverrides: SettingsPatch = {};
  if (role) settingsOverrides.role = role;
  if (values['rep-id']) settingsOverrides.repId = values['rep-id'];
  if (values['rep-name']) settingsOverrides.repName = values['rep-name'];
  return {
    dataDir: values['data-dir'] ?? defaultDataDir(),
    port,
    seedDemo: !values['no-demo'],
    settingsOverrides,
  };
}
