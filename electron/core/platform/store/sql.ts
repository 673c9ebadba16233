/** Values SQLite receives. Booleans become 0/1 at the tag; undefined is a bug and throws. */
export type SqlValue = string | number | null;
type SqlParam = SqlValue | boolean | SqlStatement;

export interface SqlStatement {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

function isStatement(value: unknown): value is SqlStatement {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value;
}

/**
 * Every interpolated value becomes a bound parameter; a nested `sql` fragment is spliced in with
 * its own parameters. There is no way to interpolate raw text, so SQL injection cannot happen.
 */
export function sql(strings: TemplateStringsArray, ...values: SqlParam[]): SqlStatement {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, index) => {
    if (isStatement(value)) {
      text += value.text;
      params.push(...value.params);
    } else if (value === undefined) {
      throw new TypeError(`sql: parameter ${index + 1} is undefined in: ${strings.join('?')}`);
    } else {
      text += '?';
      params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    text += strings[index + 1] ?? '';
  });
  return { text, params };
}

/** Joins fragments with a separator, e.g. a list of `?` placeholders for IN (...). */
export function joinSql(parts: readonly SqlStatement[], separator = ', '): SqlStatement {
  return {
    text: parts.map((part) => part.text).join(separator),
    params: parts.flatMap((part) => part.params),
  };
}

export function sqlList(values: readonly SqlValue[]): SqlStatement {
  return joinSql(values.map((value) => sql`${value}`));
}

/** Constant SQL text from code (column lists, table names). Never pass user input here. */
export function rawSql(constantText: string): SqlStatement {
  return { text: constantText, params: [] };
}
