import areaCodeStates from '../../../../../shared/compliance/nanp-area-code-states.json';
import usStates from '../../../../../shared/compliance/us-states.json';
import zip3States from '../../../../../shared/compliance/us-zip3-states.json';

/**
 * The SQL that gives a lead its calling regions (docs/CALLING_RULES.md): its country, then the
 * states that have calling rules (`calling_rule_regions`) among the state of its address (the
 * state it names, else its ZIP) and the state of its phone's area code, sorted. "US FL", "US FL
 * MD" (both apply), "US" (its states have no rules of their own), "US ?" (no state known at all),
 * "GB ?". Only states with rules count, so leads under the same rules share a part of the queue's
 * index. `row` names the lead's row: `NEW` in a trigger, `leads` in a backfill. Each part is
 * computed once (nested selects), and the tables are compiled in as strings of two letters per
 * prefix ("..": none), read by position.
 */
export function callingRegionsSql(row: 'NEW' | 'leads'): string {
  const phone = `${row}.phone_e164`;
  const areaState = `CASE WHEN ${phone} GLOB '+1[2-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
      THEN nullif(substr('${areaCodeTable()}', CAST(substr(${phone}, 3, 3) AS INTEGER) * 2 + 1, 2), '..') END`;
  const zipState = `CASE
      WHEN zip GLOB '[0-9][0-9][0-9][0-9][0-9]*'
        THEN nullif(substr('${zip3Table()}', CAST(substr(zip, 1, 3) AS INTEGER) * 2 + 1, 2), '..')
      WHEN zip GLOB '[0-9][0-9][0-9][0-9]' OR zip GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'
        THEN nullif(substr('${zip3Table()}', CAST(substr(zip, 1, 2) AS INTEGER) * 2 + 1, 2), '..')
      END`;
  const ruled = (state: string) =>
    `CASE WHEN ${state} IN (SELECT region FROM calling_rule_regions WHERE country = c)
      THEN ${state} END`;
  return `(SELECT c || CASE
      WHEN a0 IS NULL AND p0 IS NULL THEN ' ?'
      WHEN a IS NULL AND p IS NULL THEN ''
      WHEN a IS NULL THEN ' ' || p
      WHEN p IS NULL OR p = a THEN ' ' || a
      WHEN a < p THEN ' ' || a || ' ' || p
      ELSE ' ' || p || ' ' || a END
    FROM (SELECT c, a0, p0, ${ruled('a0')} AS a, ${ruled('p0')} AS p
    FROM (SELECT c,
            CASE WHEN c = 'US' THEN coalesce(named, ${zipState})
                 -- Outside the US the region is kept as written when it looks like a code.
                 WHEN region GLOB '[A-Z][A-Z]' OR region GLOB '[A-Z][A-Z][A-Z]' THEN region END AS a0,
            CASE WHEN c = 'US' THEN area END AS p0
          FROM (SELECT coalesce(nullif(upper(trim(coalesce(${row}.country, ''))), ''),
                          CASE WHEN area IS NOT NULL THEN 'US' END, '') AS c,
                       area, region, zip, CASE region ${stateNameCases()} END AS named
                FROM (SELECT ${areaState} AS area,
                             upper(trim(coalesce(${row}.region, ''))) AS region,
                             trim(coalesce(${row}.postal_code, '')) AS zip)))))`;
}

/** 1000 × two letters: the state of area code NNN at position NNN. */
function areaCodeTable(): string {
  const cells = Array.from({ length: 1000 }, () => '..');
  for (const [state, codes] of Object.entries(areaCodeStates.states)) {
    for (const code of codes.split(/\s+/)) cells[Number(code)] = state;
  }
  return cells.join('');
}

/** 1000 × two letters: the state of ZIP prefix NNN at position NNN. */
function zip3Table(): string {
  const cells = Array.from({ length: 1000 }, () => '..');
  for (const [state, from, to] of zip3States.ranges) {
    for (let prefix = Number(from); prefix <= Number(to); prefix += 1) cells[prefix] = state!;
  }
  return cells.join('');
}

/** `WHEN 'FL' THEN 'FL' WHEN 'FLORIDA' THEN 'FL' …`: a state's code and name (upper case). */
function stateNameCases(): string {
  return Object.entries(usStates.states)
    .flatMap(([code, name]) => [
      `WHEN '${code}' THEN '${code}'`,
      `WHEN '${name.toUpperCase().replace(/'/g, "''")}' THEN '${code}'`,
    ])
    .join(' ');
}
