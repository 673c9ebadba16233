import { openHubDatabase, type DbRow, type DbValue } from '../../electron/hub/db';

/** Reads a stopped embedded hub's database (its data folder's `pg/`). */
export async function queryHubFolder<Row extends DbRow>(
  dataDir: string,
  text: string,
  params: readonly DbValue[] = [],
): Promise<Row[]> {
  const db = await openHubDatabase({ kind: 'embedded', dataDir });
  try {
    return (await db.query<Row>(text, params)).rows;
  } finally {
    await db.close();
  }
}
