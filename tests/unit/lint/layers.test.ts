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

/** Expects `code` in `filePath` to break the layer rules `times` times. */
async function expectViolations(filePath: string, code: string, times: number): Promise<void> {
  expect(await violations(filePath, code), `${filePath}: ${code}`).toHaveLength(times);
}

describe('layer boundaries', () => {
  it('shared/ imports neither Node, Electron, the core nor the renderer, and uses no DOM globals', async () => {
    expect(await violations('shared/x.ts', "import fs from 'node:fs';")).toEqual([
      expect.stringContaining('must not import Node built-ins'),
    ]);
    await expectViolations('shared/x.ts', "import path from 'path';", 1);
    await expectViolations('shared/x.ts', "import { app } from 'electron';", 1);
    await expectViolations('shared/x.ts', "import { x } from '../electron/core/store';", 1);
    await expectViolations('shared/x.ts', "import { x } from '../renderer/src/app';", 1);
    await expectViolations('shared/x.ts', 'export const w = window.innerWidth;', 1);
    await expectViolations('shared/x.ts', 'export const p = process.env;', 1);
    await expectViolations('shared/x.ts', "import type { Lead } from './domain/lead';", 0);
  });

  it('the core never imports electron or the Electron glue', async () => {
    await expectViolations('electron/core/queue/x.ts', "import { app } from 'electron';", 1);
    await expectViolations('electron/core/queue/x.ts', "import { x } from '../../main/window';", 1);
    await expectViolations('electron/cli/x.ts', "import { BrowserWindow } from 'electron';", 1);
    await expectViolations('electron/core/queue/x.ts', "import fs from 'node:fs';", 0);
    await expectViolations('electron/main/x.ts', "import { app } from 'electron';", 0);
  });

  it('the renderer imports nothing from electron/ and no Node built-ins', async () => {
    await expectViolations(
      'renderer/src/x.tsx',
      "import { x } from '../../electron/core/store';",
      1,
    );
    await expectViolations('renderer/src/x.tsx', "import { ipcRenderer } from 'electron';", 1);
    await expectViolations('renderer/src/x.tsx', "import os from 'node:os';", 1);
    await expectViolations(
      'renderer/src/x.tsx',
      "import { x } from '../../shared/ipc/contract';",
      0,
    );
  });
});
