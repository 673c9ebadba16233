// `npm start`: the desktop app; where the Electron binary is missing (CI, locked-down machines),
// one line says so and browser mode starts instead, on the same core and data folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

function electronBinary() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

const electron = electronBinary();
if (electron) {
  const build = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  build.on('exit', (code) => {
    if (code !== 0) process.exit(code ?? 1);
    run(electron, ['.', ...args]);
  });
} else {
  console.log(
    'The Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): starting Dialdeck in browser mode instead.',
  );
  await import('./ensure-renderer.mjs');
  run(process.execPath, [
    '--import',
    'tsx',
    path.join(root, 'electron', 'browser', 'main.ts'),
    ...args,
  ]);
}
