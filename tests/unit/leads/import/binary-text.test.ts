import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectLeadFile } from '../../../../electron/core/leads/import/pipeline/collect-lead-file';
import { previewLeadFile } from '../../../../electron/core/leads/import/pipeline/preview-lead-file';
import { makeTempDir } from '../../../support/temp-dir';
import { chunked, encodeText } from './byte-streams';
import { IMPORTED_AT } from './fixture-paths';

const options = { defaultCountry: 'US', dateTimeZone: 'America/New_York', importedAt: IMPORTED_AT };
const NOT_CSV =
  'This is not a CSV file: it holds binary data, as a spreadsheet (.xlsx), a zip or a PDF does. ' +
  'Save or export the leads as CSV, then import that file.';

/** What an .xlsx starts with (a zip's local header), then every byte value over and over. */
function spreadsheetBytes(): Uint8Array {
  const zipHeader = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00];
  const body = Array.from({ length: 20_000 }, (_, i) => (i * 131 + 7) % 256);
  return Uint8Array.from([...zipHeader, ...body]);
}

describe('a file that is not text', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('is refused as not a CSV file, not for a missing phone column', async () => {
    const file = path.join(temp.dir, 'leads.xlsx');
    fs.writeFileSync(file, spreadsheetBytes());
    await expect(collectLeadFile(file, options)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: NOT_CSV,
    });
    await expect(collectLeadFile(chunked(spreadsheetBytes(), [4096]), options)).rejects.toThrow(
      NOT_CSV,
    );
    await expect(previewLeadFile(file, 5, options)).rejects.toThrow(NOT_CSV);
  });

  it('is not confused with a CSV holding a stray control character or an old Ctrl-Z ending', async () => {
    const text = 'First Name,Phone\nAna\u0000,+14155550123\nBo\u0007,+14155550124\n\u001a';
    const { candidates } = await collectLeadFile(chunked(encodeText(text, 'utf-8')), options);
    expect(candidates.map((lead) => lead.phoneE164)).toEqual(['+14155550123', '+14155550124']);
  });
});
