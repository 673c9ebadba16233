import fs from 'node:fs';
import path from 'node:path';

/** Paths of a source checkout, for the entry points that run under Node (browser mode, CLI). */
export function projectRoot(fromDir: string): string {
  let dir = fromDir;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fromDir}`);
    dir = parent;
  }
  return dir;
}

export function packageVersion(root: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}
