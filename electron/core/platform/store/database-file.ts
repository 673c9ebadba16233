import type { Database, SqlJsStatic } from 'sql.js';

/** The least room to grow that a database is opened with. */
const MIN_HEADROOM_BYTES = 64 * 1024 * 1024;

/**
 * Opens a database image (a new database when null) with zeroed room to grow after it. sql.js
 * keeps the file in one Uint8Array (Emscripten's MEMFS) that grows 12.5% at a time, copying the
 * whole file each time: one import of 100k leads made eight copies of a 40 MB file inside its
 * commit. SQLite reads the database's size from its header and ignores what follows it, and a
 * snapshot copies only the database's pages, so the zeros are never saved; until SQLite writes
 * into them they take address space, not memory.
 */
export function openWithHeadroom(SQL: SqlJsStatic, image: Uint8Array | null): Database {
  const base = image ?? newDatabaseImage(SQL);
  if (!sizeIsInHeader(base)) return new SQL.Database(base);
  const file = new Uint8Array(base.length + Math.max(MIN_HEADROOM_BYTES, base.length));
  file.set(base);
  return new SQL.Database(file);
}

function newDatabaseImage(SQL: SqlJsStatic): Uint8Array {
  const db = new SQL.Database();
  try {
    return db.export();
  } finally {
    db.close();
  }
}

/** Whether the header's page count is valid (SQLite 3.7+) and covers exactly the image. */
export function sizeIsInHeader(image: Uint8Array): boolean {
  if (image.length < 100) return false;
  const header = new DataView(image.buffer, image.byteOffset, 100);
  const pageSize = header.getUint16(16) === 1 ? 65_536 : header.getUint16(16);
  const changeCounter = header.getUint32(24);
  const versionValidFor = header.getUint32(92);
  return changeCounter === versionValidFor && header.getUint32(28) * pageSize === image.length;
}
