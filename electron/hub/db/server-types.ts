import pg from 'pg';
import { INT8_OID, parseInt8 } from './int8';

/** The same value types as the embedded adapter: BIGINT as a number, the rest as pg reads them. */
export const serverTypes: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format),
};
