import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

const CONFIG = path.resolve('.dependency-cruiser.cjs');
const DEPCRUISE = path.resolve('node_modules/.bin/depcruise');

/** Writes a tiny tree of files and answers with the boundary rules they break, by name. */
function brokenRules(root: string, files: Record<string, string>): string[] {
  for (const [file, code] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), code);
  }
  const folders = ['electron', 'renderer', 'shared'].filter((f) =>
    fs.existsSync(path.join(root, f)),
  );
  const output = execFileSync(
    DEPCRUISE,
    [...folders, '--config', CONFIG, '--output-type', 'json', '--no-progress'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).toString();
  const result = JSON.parse(output) as { summary: { violations: { rule: { name: string } }[] } };
  return [...new Set(result.summary.violations.map((violation) => violation.rule.name))].sort();
}

describe('feature boundaries (dependency-cruiser)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir('dialdeck-boundaries-')));
  afterEach(() => temp.remove());
  const queue = {
    'electron/core/queue/policy.ts': 'export const rank = 1;\n',
    'electron/core/queue/index.ts': "export { rank } from './policy';\n",
  };

  it('lets a feature use another only through its index.ts', () => {
    expect(
      brokenRules(temp.dir, {
        ...queue,
        'electron/core/dialing/next.ts':
          "import { rank } from '../queue/policy';\nexport const n = rank;\n",
      }),
    ).toEqual(['feature-through-its-index']);
    fs.writeFileSync(
      path.join(temp.dir, 'electron/core/dialing/next.ts'),
      "import { rank } from '../queue';\nexport const n = rank;\n",
    );
    expect(brokenRules(temp.dir, {})).toEqual([]);
  });

  it('keeps the platform free of features, and features out of the app', () => {
    expect(
      brokenRules(temp.dir, {
        ...queue,
        'electron/core/platform/store/x.ts':
          "import { rank } from '../../queue';\nexport const x = rank;\n",
        'electron/core/app/wire.ts': 'export const wired = true;\n',
        'electron/core/queue/y.ts':
          "import { wired } from '../app/wire';\nexport const y = wired;\n",
      }),
    ).toEqual(['features-do-not-import-the-app', 'platform-imports-no-feature']);
  });

  it('finds an import cycle, type-only ones included', () => {
    expect(
      brokenRules(temp.dir, {
        'shared/a.ts': "import type { B } from './b';\nexport type A = { b?: B };\n",
        'shared/b.ts': "import type { A } from './a';\nexport type B = { a?: A };\n",
      }),
    ).toEqual(['no-circular']);
  });

  it('keeps the hub on the platform and the queue policy, and test doubles and tests out of the app', () => {
    expect(
      brokenRules(temp.dir, {
        ...queue,
        'electron/core/dialing/index.ts': 'export const dial = 1;\n',
        'electron/hub/server.ts':
          "import { dial } from '../core/dialing';\nexport const s = dial;\n",
        'electron/hub/pool.ts': "import { rank } from '../core/queue';\nexport const p = rank;\n",
        'renderer/src/fake-line.ts': 'export const fake = 1;\n',
        'renderer/src/line.ts': "import { fake } from './fake-line';\nexport const line = fake;\n",
        'tests/support/helper.ts': 'export const helper = 1;\n',
        'electron/core/queue/z.ts':
          "import { helper } from '../../../tests/support/helper';\nexport const z = helper;\n",
      }),
    ).toEqual([
      'app-code-never-imports-tests',
      'hub-imports-only-the-platform',
      'test-doubles-live-under-tests',
    ]);
  });
});
