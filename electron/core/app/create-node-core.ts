import { createCore, type Core, type CoreOptions } from './create-core';
import { jsonFileSettingsBackend } from '../platform/settings/json-file-backend';
import { keyFileCipher } from '../platform/settings/key-file-cipher';
import fs from 'node:fs';

/** The core outside Electron (browser mode, CLI, hub): settings in a JSON file, key-file secrets. */
export async function createNodeCore(
  options: Omit<CoreOptions, 'settingsBackend' | 'secretCipher'>,
): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  return createCore({
    ...options,
    settingsBackend: jsonFileSettingsBackend(options.dataDir),
    secretCipher: keyFileCipher(options.dataDir),
  });
}
