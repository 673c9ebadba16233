import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../../eslint.layers.js';

/** Lints a snippet as if it were the given file, with only the layer rules on. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
      ...layerRules,
    ],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('layer boundaries', () => {
  it('shared/ imports neither Node, Electron, the core nor the renderer, and uses no DOM globals', async () => {
    expect(await violations('shared/x.ts', "import fs from 'node:fs';")).toEqual([
      expect.stringContaining('must not import Node built-ins'),
    ]);
    expect(await violations('shared/x.ts', "import path from 'path';")).toHaveLength(1);
    expect(await violations('shared/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(
      await violations('shared/x.ts', "import { x } from '../electron/core/store';"),
    ).toHaveLength(1);
    expect(
      await violations('shared/x.ts', "import { x } from '../renderer/src/app';"),
    ).toHaveLength(1);
    expect(await violations('shared/x.ts', 'export const w = window.innerWidth;')).toHaveLength(1);
    expect(await violations('shared/x.ts', 'export const p = process.env;')).toHaveLength(1);
    expect(await violations('shared/x.ts', "import type { Lead } from './domain/lead';")).toEqual(
      [],
    );
  });

  it('the core never imports electron or the Electron glue', async () => {
    expect(
      await violations('electron/core/queue/x.ts', "import { app } from 'electron';"),
    ).toHaveLength(1);
    expect(
      await violations('electron/core/queue/x.ts', "import { x } from '../../main/window';"),
    ).toHaveLength(1);
    expect(
      await violations('electron/cli/x.ts', "import { BrowserWindow } from 'electron';"),
    ).toHaveLength(1);
    expect(await violations('electron/core/queue/x.ts', "import fs from 'node:fs';")).toEqual([]);
    expect(await violations('electron/main/x.ts', "import { app } from 'electron';")).toEqual([]);
  });

  it('the renderer imports nothing from electron/ and no Node built-ins', async () => {
    expect(
      await violations('renderer/src/x.tsx', "import { x } from '../../electron/core/store';"),
    ).toHaveLength(1);
    expect(
      await violations('renderer/src/x.tsx', "import { ipcRenderer } from 'electron';"),
    ).toHaveLength(1);
    expect(await violations('renderer/src/x.tsx', "import os from 'node:os';")).toHaveLength(1);
    expect(
      await violations('renderer/src/x.tsx', "import { x } from '../../shared/ipc/contract';"),
    ).toEqual([]);
  });
});
