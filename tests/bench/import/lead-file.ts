import { once } from 'node:events';
import fs from 'node:fs';

/** Area codes across the US zones, with a state each (the importer checks they agree). */
const AREAS = [
  ['212', 'NY'],
  ['617', 'MA'],
  ['305', 'FL'],
  ['404', 'GA'],
  ['312', 'IL'],
  ['713', 'TX'],
  ['214', 'TX'],
  ['612', 'MN'],
  ['303', 'CO'],
  ['602', 'AZ'],
  ['415', 'CA'],
  ['206', 'WA'],
  ['503', 'OR'],
  ['702', 'NV'],
  ['808', 'HI'],
  ['907', 'AK'],
] as const;

const HEADER =
  'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Create Date,Contact owner,' +
  'State/Region,Postal Code,Country/Region,Lead Source,Notes';

/**
 * A HubSpot-style export of `rows` contacts, the way real ones look: numbers written five ways,
 * 1 in 25 rows a duplicate of an earlier number, 1 in 50 with an unusable number, 1 in 40 a
 * toll-free number with no state (held for review), quoted notes with commas, CRLF line ends.
 */
export async function writeLeadFile(path: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(path);
  const lines: string[] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const source = i % 25 === 24 ? i - 11 : i;
    const [area, state] = AREAS[source % AREAS.length]!;
    const exchange = String(200 + (Math.floor(source / 10_000) % 700)).padStart(3, '0');
    const line = String(source % 10_000).padStart(4, '0');
    let phone = [
      `(${area}) ${exchange}-${line}`,
      `+1 ${area}-${exchange}-${line}`,
      `${area}.${exchange}.${line}`,
      `${area}${exchange}${line}`,
      `1-${area}-${exchange}-${line} x${i % 90}`,
    ][source % 5]!;
    let region: string = state;
    if (i % 50 === 49) phone = i % 100 === 99 ? 'n/a' : '555-01';
    if (i % 40 === 39) {
      phone = `+1 800 ${exchange} ${line}`;
      region = '';
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    const time = `${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    lines.push(
      [
        100_000 + i,
        `First${i}`,
        `Last${i}`,
        `lead${i}@example.com`,
        phone,
        `Company ${i % 5000}`,
        `2026-02-${day} ${time}`,
        i % 3 === 0 ? 'Dana Reyes' : 'Sam Ortiz',
        region,
        region === '' ? '' : String(10_000 + (i % 80_000)),
        'United States',
        ['Website', 'Webinar', 'Referral', 'Ads'][i % 4],
        i % 3 === 0 ? '"Asked about pricing, twice"' : '',
      ].join(','),
    );
    if (lines.length >= 5_000) {
      out.write(`${lines.join('\r\n')}\r\n`);
      lines.length = 0;
    }
  }
  out.end(lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '');
  await once(out, 'finish');
}
