import { ambiguous, zone, type ZoneLookup } from './zone-lookup';

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';
type Entry = [from: number, to: number, lookup: ZoneLookup];

const split = (where: string) => ambiguous(`ZIP codes there span ${where}`);
const military = ambiguous('an APO/FPO military address has no fixed zone');

/**
 * US ZIP3 (the first three digits) → zone: state ranges, then the ZIP3s on a zone line. Later
 * entries override earlier ones. Split ZIP3s get a zone only when one side clearly dominates.
 */
const ZIP3: Entry[] = [
  [5, 5, zone(ET)],
  [6, 7, zone('America/Puerto_Rico')],
  [8, 8, zone('America/St_Thomas')],
  [9, 9, zone('America/Puerto_Rico')],
  [10, 89, zone(ET)], // New England, New York's 005, New Jersey
  [90, 99, military],
  [100, 319, zone(ET)], // NY, PA, DE, DC, MD, VA, WV, NC, SC, GA
  [320, 349, zone(ET)], // Florida…
  [324, 325, zone(CT)], // …whose panhandle west of the Apalachicola is Central
  [340, 340, military],
  [350, 369, zone(CT)], // Alabama
  [370, 385, zone(CT)], // Tennessee, Central west of the plateau…
  [373, 374, zone(ET)], // …Chattanooga
  [376, 379, zone(ET)], // …Johnson City, Knoxville
  [386, 397, zone(CT)], // Mississippi
  [398, 399, zone(ET)], // Georgia
  [400, 427, zone(ET)], // Kentucky, Eastern…
  [420, 424, zone(CT)], // …west of Bowling Green
  [430, 459, zone(ET)], // Ohio
  [460, 479, zone(ET)], // Indiana…
  [463, 464, zone(CT)], // …Gary
  [476, 477, zone(CT)], // …Evansville
  [480, 499, zone('America/Detroit')],
  [498, 499, split("Michigan's Upper Peninsula")],
  [500, 529, zone(CT)], // Iowa
  [530, 567, zone(CT)], // Wisconsin, Minnesota
  [569, 569, zone(ET)], // DC
  [570, 575, zone(CT)], // South Dakota east of the Missouri
  [576, 576, split('the South Dakota zone line')],
  [577, 577, zone(MT)], // Rapid City
  [580, 588, zone(CT)], // North Dakota…
  [586, 586, split('the North Dakota zone line')],
  [590, 599, zone(MT)], // Montana
  [600, 679, zone(CT)], // Illinois, Missouri, Kansas
  [677, 677, split('the Kansas zone line')],
  [680, 692, zone(CT)], // Nebraska…
  [692, 692, split('the Nebraska zone line')],
  [693, 693, zone(MT)], // …the panhandle
  [700, 799, zone(CT)], // Louisiana, Arkansas, Oklahoma, Texas
  [798, 799, zone(MT)], // El Paso
  [800, 831, zone(MT)], // Colorado, Wyoming
  [832, 838, zone('America/Boise')], // Idaho, Mountain in the south…
  [835, 835, zone(PT)], // …Lewiston
  [838, 838, zone(PT)], // …and the panhandle with Spokane
  [840, 847, zone(MT)], // Utah
  [850, 865, zone('America/Phoenix')], // Arizona, no daylight saving…
  [860, 860, split('Arizona and the Navajo Nation, which keeps daylight saving')],
  [865, 865, split('Arizona and the Navajo Nation, which keeps daylight saving')],
  [870, 885, zone(MT)], // New Mexico, El Paso's 885
  [889, 898, zone(PT)], // Nevada
  [900, 961, zone(PT)], // California
  [962, 966, military],
  [967, 968, zone('Pacific/Honolulu')],
  [969, 969, ambiguous('ZIP 969xx covers Guam, the Northern Marianas, Palau and Micronesia')],
  [970, 979, zone(PT)], // Oregon…
  [979, 979, split('the Oregon–Idaho zone line')],
  [980, 994, zone(PT)], // Washington
  [995, 999, zone('America/Anchorage')],
];

const byZip3: ZoneLookup[] = new Array<ZoneLookup>(1000).fill(null);
for (const [from, to, lookup] of ZIP3) byZip3.fill(lookup, from, to + 1);

const ZIP5_EXCEPTIONS: Record<string, string> = { '96799': 'Pacific/Pago_Pago' };

export function zoneFromUsZip(postalCode: string): ZoneLookup {
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(postalCode.trim());
  if (!match) return null;
  const zip = match[1]!;
  const exception = ZIP5_EXCEPTIONS[zip];
  if (exception) return zone(exception);
  return byZip3[Number(zip.slice(0, 3))] ?? null;
}

/**
 * Canadian postal codes: the first letter is the province; a few forward sortation areas on a zone
 * line are named. NW Ontario (Kenora, Dryden, Fort Frances, Sioux Lookout) keeps Central time,
 * Labrador Atlantic time, the Magdalen Islands Atlantic time, Lloydminster Alberta's time, and
 * Dawson Creek / Fort St. John Mountain Standard Time all year.
 */
const FSA_BY_LETTER: Record<string, ZoneLookup> = {
  A: zone('America/St_Johns'),
  B: zone('America/Halifax'),
  C: zone('America/Halifax'),
  E: zone('America/Moncton'),
  G: zone('America/Toronto'),
  H: zone('America/Toronto'),
  J: zone('America/Toronto'),
  K: zone('America/Toronto'),
  L: zone('America/Toronto'),
  M: zone('America/Toronto'),
  N: zone('America/Toronto'),
  P: zone('America/Toronto'),
  R: zone('America/Winnipeg'),
  S: zone('America/Regina'),
  T: zone('America/Edmonton'),
  V: zone('America/Vancouver'),
  X: zone('America/Edmonton'),
  Y: zone('America/Whitehorse'),
};
const FSA_EXCEPTIONS: Record<string, ZoneLookup> = {
  A0P: zone('America/Goose_Bay'),
  A0R: zone('America/Goose_Bay'),
  A2V: zone('America/Goose_Bay'),
  G4T: zone('America/Halifax'),
  G0G: ambiguous('postal area G0G spans Eastern and Atlantic time'),
  P0V: zone('America/Winnipeg'),
  P0W: zone('America/Winnipeg'),
  P0X: zone('America/Winnipeg'),
  P8N: zone('America/Winnipeg'),
  P8T: zone('America/Winnipeg'),
  P9A: zone('America/Winnipeg'),
  P9N: zone('America/Winnipeg'),
  S9V: zone('America/Edmonton'),
  V0A: ambiguous('postal area V0A spans Pacific and Mountain time'),
  V0B: ambiguous('postal area V0B spans Pacific and Mountain time'),
  V1C: zone('America/Edmonton'),
  V0C: zone('America/Dawson_Creek'),
  V1G: zone('America/Dawson_Creek'),
  V1J: zone('America/Dawson_Creek'),
  X0A: ambiguous('Nunavut spans Eastern, Central and Mountain time'),
  X0B: ambiguous('Nunavut spans Eastern, Central and Mountain time'),
  X0C: ambiguous('Nunavut spans Eastern, Central and Mountain time'),
};

export function zoneFromCanadianPostalCode(postalCode: string): ZoneLookup {
  const match = /^([A-Z]\d[A-Z])\s*-?(\d[A-Z]\d)?$/.exec(postalCode.trim().toUpperCase());
  if (!match) return null;
  const fsa = match[1]!;
  return FSA_EXCEPTIONS[fsa] ?? FSA_BY_LETTER[fsa[0]!] ?? null;
}

export function looksLikeCanadianPostalCode(postalCode: string): boolean {
  return /^[A-Z]\d[A-Z]\s*-?\d[A-Z]\d$/i.test(postalCode.trim());
}
