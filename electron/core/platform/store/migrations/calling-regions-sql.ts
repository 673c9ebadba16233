import areaCodeStates from '../../../../../shared/compliance/nanp-area-code-states.json';
import usStates from '../../../../../shared/compliance/us-states.json';
import zip3States from '../../../../../shared/compliance/us-zip3-states.json';

/**
 * The SQL that gives a lead its calling regions (docs/CALLING_RULES.md): its country, then the
 * states whose rules apply, sorted: the state of its address (the state it names, else its ZIP)
 * and the state of its phone's area code. "US FL", "US FL NY" (both apply), "US" (no state known),
 * "GB". It is the expression of a generated column, so every way a lead is written (import, merge,
 * edit) keeps it right and the queue's index partitions leads by it. The tables are compiled into
 * the expression as strings of two letters per prefix ("..": none), read by position.
 */
export function callingRegionsExpression(): string {
  const areaCode = `(CASE WHEN phone_e164 GLOB '+1[2-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
      THEN nullif(substr('${areaCodeTable()}', CAST(substr(phone_e164, 3, 3) AS INTEGER) * 2 + 1, 2), '..') END)`;
  const country = `coalesce(nullif(upper(trim(coalesce(country, ''))), ''),
      CASE WHEN ${areaCode} IS NOT NULL THEN 'US' END, '')`;
  const regionText = `upper(trim(coalesce(region, '')))`;
  const named = `(CASE WHEN ${regionText} <> '' AND instr('${stateNames()}', '|' || ${regionText} || '=') > 0
      THEN substr('${stateNames()}', instr('${stateNames()}', '|' || ${regionText} || '=') + length(${regionText}) + 2, 2) END)`;
  const zip = `trim(coalesce(postal_code, ''))`;
  const zipState = `(CASE
      WHEN ${zip} GLOB '[0-9][0-9][0-9][0-9][0-9]*'
        THEN nullif(substr('${zip3Table()}', CAST(substr(${zip}, 1, 3) AS INTEGER) * 2 + 1, 2), '..')
      WHEN ${zip} GLOB '[0-9][0-9][0-9][0-9]' OR ${zip} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'
        THEN nullif(substr('${zip3Table()}', CAST(substr(${zip}, 1, 2) AS INTEGER) * 2 + 1, 2), '..')
      END)`;
  // Outside the US the region is kept as written when it looks like a code ("ON", "NSW").
  const otherRegion = `(CASE WHEN ${regionText} GLOB '[A-Z][A-Z]' OR ${regionText} GLOB '[A-Z][A-Z][A-Z]'
      THEN ${regionText} END)`;
  const address = `(CASE WHEN ${country} = 'US' THEN coalesce(${named}, ${zipState}) ELSE ${otherRegion} END)`;
  const phone = `(CASE WHEN ${country} = 'US' THEN ${areaCode} END)`;
  return `(${country} || CASE
      WHEN ${address} IS NULL AND ${phone} IS NULL THEN ''
      WHEN ${address} IS NULL THEN ' ' || ${phone}
      WHEN ${phone} IS NULL OR ${phone} = ${address} THEN ' ' || ${address}
      WHEN ${address} < ${phone} THEN ' ' || ${address} || ' ' || ${phone}
      ELSE ' ' || ${phone} || ' ' || ${address} END)`;
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

/** `|FL=FL|FLORIDA=FL|…`: a state's code and name (upper case) → its code. */
function stateNames(): string {
  const entries = Object.entries(usStates.states).flatMap(([code, name]) => [
    `${code}=${code}`,
    `${name.toUpperCase().replace(/'/g, "''")}=${code}`,
  ]);
  return `|${entries.join('|')}|`;
}
