/**
 * The search index's text, in SQL (migrations 6 and 13 build its view from these).
 *
 * The digits of an E.164 number backwards (SQLite has no reverse()): a number is found by its
 * last digits as a prefix of this token. substr() past the start gives '', and the '+' the
 * tokenizer drops.
 */
export const reversedDigits = Array.from(
  { length: 16 },
  (_, index) => `substr(phone_e164, ${-(index + 1)}, 1)`,
).join(' || ');

/**
 * An email is two tokens: "e" + the whole address and "d" + its domain, lower case without
 * separators (grace.kim84@kim.com: egracekim84kimcom dkimcom). Split into words, a million
 * addresses would add a million "kim84"-like words, and every name prefix would expand over them.
 */
export const compact = (text: string) =>
  ['.', '@', '-', '_', '+'].reduce(
    (inner, mark) => `replace(${inner}, '${mark}', '')`,
    `lower(${text})`,
  );

/** The view's columns before the source: name, company, email, phone. */
export const searchedContactColumns = `id AS rowid,
       first_name || ' ' || last_name AS name,
       company,
       CASE WHEN email IS NULL THEN '' ELSE
         'e' || ${compact('email')} || ' d' || ${compact("substr(email, instr(email, '@') + 1)")}
       END AS email,
       substr(phone_e164, 2) || ' r' || ${reversedDigits} AS phone`;

/** Every custom field's value, the last column of the view. */
export const searchedCustomColumn = `coalesce((SELECT group_concat(value, ' ') FROM json_each(custom_json)), '') AS other`;
