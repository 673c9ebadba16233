import os from 'node:os';
import path from 'node:path';

/** The same folder Electron uses for userData, so the desktop app and browser mode share data. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Dialdeck');
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Dialdeck');
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Dialdeck');
}
