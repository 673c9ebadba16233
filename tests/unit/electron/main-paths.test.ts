import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirArg } from '../../../electron/main/main-args';
import { asarUnpackedPath, mainPaths } from '../../../electron/main/main-paths';

describe('mainPaths', () => {
  it('from a source checkout, points into out/ and the project resources', () => {
    const paths = mainPaths({
      mainDir: '/src/dialdeck/out/main',
      isPackaged: false,
      resourcesPath: '/usr/lib/electron/resources',
    });
    expect(paths).toEqual({
      preload: '/src/dialdeck/out/preload/index.cjs',
      rendererDir: '/src/dialdeck/out/renderer',
      storeWorker: '/src/dialdeck/out/main/store-worker.js',
      resourcesDir: '/src/dialdeck/resources',
      icon: '/src/dialdeck/resources/icons/icon.png',
    });
  });

  it('installed, takes resources from extraResources and the worker from app.asar.unpacked', () => {
    const paths = mainPaths({
      mainDir: '/opt/Dialdeck/resources/app.asar/out/main',
      isPackaged: true,
      resourcesPath: '/opt/Dialdeck/resources',
    });
    expect(paths.preload).toBe('/opt/Dialdeck/resources/app.asar/out/preload/index.cjs');
    expect(paths.rendererDir).toBe('/opt/Dialdeck/resources/app.asar/out/renderer');
    expect(paths.storeWorker).toBe(
      '/opt/Dialdeck/resources/app.asar.unpacked/out/main/store-worker.js',
    );
    expect(paths.resourcesDir).toBe('/opt/Dialdeck/resources/resources');
  });

  it('asarUnpackedPath leaves a path outside an archive alone', () => {
    expect(asarUnpackedPath('/opt/app/out/main/store-worker.js')).toBe(
      '/opt/app/out/main/store-worker.js',
    );
    expect(asarUnpackedPath(path.join('/x', 'app.asar', 'w.js'))).toBe(
      path.join('/x', 'app.asar.unpacked', 'w.js'),
    );
  });
});

describe('dataDirArg', () => {
  it('reads --data-dir DIR and --data-dir=DIR among Electron and Chromium switches', () => {
    expect(dataDirArg(['/usr/bin/electron', '.', '--data-dir', '/tmp/rep1'])).toBe('/tmp/rep1');
    expect(dataDirArg(['Dialdeck', '--no-sandbox', '--data-dir=/tmp/rep 2'])).toBe('/tmp/rep 2');
  });

  it('is null when absent', () => {
    expect(dataDirArg(['/usr/bin/electron', '.', '--inspect=9229'])).toBeNull();
  });

  it('rejects a flag without a folder', () => {
    expect(() => dataDirArg(['Dialdeck', '--data-dir'])).toThrow(/needs a folder/);
    expect(() => dataDirArg(['Dialdeck', '--data-dir', '--verbose'])).toThrow(/needs a folder/);
    expect(() => dataDirArg(['Dialdeck', '--data-dir='])).toThrow(/needs a folder/);
  });
});
