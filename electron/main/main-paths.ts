import path from 'node:path';

export interface MainPathsInput {
  /** The folder of the built main bundle (out/main). */
  mainDir: string;
  isPackaged: boolean;
  /** process.resourcesPath of the packaged app. */
  resourcesPath: string;
}

export interface MainPaths {
  preload: string;
  rendererDir: string;
  storeWorker: string;
  resourcesDir: string;
  icon: string;
}

/** Where the built pieces sit, from source (out/) and in an installed app (app.asar). */
export function mainPaths({ mainDir, isPackaged, resourcesPath }: MainPathsInput): MainPaths {
  const resourcesDir = isPackaged
    ? path.join(resourcesPath, 'resources')
    : path.resolve(mainDir, '..', '..', 'resources');
  const storeWorker = path.join(mainDir, 'store-worker.js');
  return {
    preload: path.resolve(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.resolve(mainDir, '..', 'renderer'),
    storeWorker: isPackaged ? asarUnpackedPath(storeWorker) : storeWorker,
    resourcesDir,
    icon: path.join(resourcesDir, 'icons', 'icon.png'),
  };
}

/**
 * The store worker is an ES module run by worker_threads, which we do not rely on to load from
 * inside app.asar; electron-builder.yml unpacks it (with sql.js and package.json) next to it.
 */
export function asarUnpackedPath(file: string): string {
  const marker = `${path.sep}app.asar${path.sep}`;
  return file.replace(marker, `${path.sep}app.asar.unpacked${path.sep}`);
}
