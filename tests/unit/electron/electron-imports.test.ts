import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const mainDir = path.resolve(import.meta.dirname, '../../../electron/main');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Import statements (possibly spanning lines) that load a module at run time. */
function runtimeImportsOf(text: string, module: string): string[] {
  const statements = text.match(/^import\s[\s\S]*?from\s+'[^']+';/gm) ?? [];
  return statements.filter(
    (statement) => statement.endsWith(`from '${module}';`) && !/^import\s+type\s/.test(statement),
  );
}

describe('Electron stays in the composition root', () => {
  const files = sources(mainDir).filter((file) => path.basename(file) !== 'index.ts');

  it('finds the glue modules', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(['electron', 'electron-store'])(
    'only electron/main/index.ts loads %s at run time; every other module is testable in Node',
    (module) => {
      const offenders = files.filter((file) => {
        const text = fs.readFileSync(file, 'utf8');
        return runtimeImportsOf(text, module).length > 0 || text.includes(`require('${module}')`);
      });
      expect(offenders.map((file) => path.relative(mainDir, file))).toEqual([]);
    },
  );

  it('the composition root is the one that does', () => {
    const index = fs.readFileSync(path.join(mainDir, 'index.ts'), 'utf8');
    expect(runtimeImportsOf(index, 'electron')).toHaveLength(1);
  });
});
