/** PostgreSQL's type ids the hub reads as numbers on both adapters. */
export const INT8_OID = 20;

/**
 * BIGINT holds epoch milliseconds and sequence numbers: JavaScript numbers, as the hub's code
 * expects, on both adapters (node-postgres would give strings). Beyond 2^53 a number would be
 * silently wrong, so that is an error instead.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`the database returned ${text}, too large for a JavaScript number`);
  }
  return value;
}
