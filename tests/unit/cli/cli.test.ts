import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  beforeEach(() => {
    temp = makeTempDir();
    dataDir = path.join(temp.dir, 'data');
  });
  afterEach(() => temp.remove());

  it('imports a CSV and exports the leads with E.164 phones, exit code 0', () => {
    const file = path.join(temp.dir, 'leads.csv');
    fs.writeFileSync(
      file,
      'first_name,last_name,company,phone,email,time_zone,Product\n' +
        'Ana,Lopez,Acme,+1 (415) 555-0123,ana@example.com,America/Los_Angeles,Solar\n' +
        'Bob,Stone,,not a phone,,,\n' +
        'Cara,Diaz,"Diaz, Co",020 7946 0958,,Europe/London,=cmd\n',
    );
    const imported = cli('import', file, '--data-dir', dataDir, '--default-country', 'GB');
    expect(imported.code).toBe(0);
    const [first, second, third] = imported.stdout.trim().split('\n');
    expect(first).toBe(`Imported 2 leads from ${file} into campaign "default".`);
    expect(second).toBe(
      '3 rows read: 2 added, 0 merged into existing leads, 0 merged into an earlier row, ' +
        '0 on the do-not-call list, 1 not usable.',
    );
    expect(imported.stderr).toContain('row 3 (phone): invalid phone number: not a phone number');
    const reportPath = /^Report of 1 issues: (.+)$/.exec(third ?? '')?.[1];
    expect(reportPath?.startsWith(path.join(dataDir, 'import-reports'))).toBe(true);
    expect(Papa.parse<string[]>(fs.readFileSync(reportPath!, 'utf8')).data[1]).toEqual([
      '3',
      'phone',
      'not a phone',
      'invalid phone number: not a phone number',
      'row not imported',
    ]);

    // The same file again: every row is already a lead of the campaign.
    const again = cli('import', file, '--data-dir', dataDir, '--default-country', 'GB');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 added, 2 merged into existing leads');

    const out = path.join(temp.dir, 'leads-out.csv');
    expect(cli('export', 'leads', '--data-dir', dataDir, '--out', out).code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(out, 'utf8'), {
      header: true,
    }).data;
    expect(rows.map((row) => [row.first_name, row.phone_e164, row.time_zone, row.company])).toEqual(
      [
        ['Ana', '+14155550123', 'America/Los_Angeles', 'Acme'],
        ['Cara', '+442079460958', 'Europe/London', 'Diaz, Co'],
      ],
    );
    // Custom fields go out as custom.<key>.
    expect(rows[1]?.['custom.product']).toBe("'=cmd");

    const attempts = cli('export', 'attempts', '--data-dir', dataDir);
    expect(attempts.code).toBe(0);
    expect(attempts.stdout.split('\r\n')[0]).toMatch(
      /^attempt_id,lead_id,.*,outcome,note,callback_at,/,
    );
  });

  it('says what is wrong, with a non-zero exit code', () => {
    const missingDir = cli('export', 'attempts');
    expect(missingDir.code).toBe(2);
    expect(missingDir.stderr).toContain('--data-dir is required.');
    const badTarget = cli('export', 'calls', '--data-dir', dataDir);
    expect(badTarget.code).toBe(2);
    expect(badTarget.stderr).toContain('export needs "attempts" or "leads", got "calls"');
    const missingFile = cli('import', path.join(temp.dir, 'nope.csv'), '--data-dir', dataDir);
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr).toContain('does not exist');
    const folder = cli('import', temp.dir, '--data-dir', dataDir);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain(`${temp.dir} is not a file`);

    const useless = path.join(temp.dir, 'useless.csv');
    fs.writeFileSync(useless, 'name,phone\nAl,12\nBo,\n');
    const nothing = cli('import', useless, '--data-dir', dataDir);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain(`Nothing was imported from ${useless}.`);
    expect(nothing.stderr).toContain('row 2 (phone): invalid phone number: too few digits');
    const noPhones = path.join(temp.dir, 'no-phones.csv');
    fs.writeFileSync(noPhones, 'name,city\nAl,Paris\n');
    const unreadable = cli('import', noPhones, '--data-dir', dataDir);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('No column of no-phones.csv holds phone numbers.');
    expect(unreadable.stderr).not.toContain('review step');
    expect(cli('import', useless, '--data-dir', dataDir, '--campaign', 'Bad Id').code).toBe(2);
  });

  it('refuses a damaged database, keeps it, and recovers from the backup on request', () => {
    const file = path.join(temp.dir, 'leads.csv');
    fs.writeFileSync(file, 'first_name,phone\nAna,+14155550123\n');
    expect(cli('import', file, '--data-dir', dataDir).code).toBe(0);
    fs.writeFileSync(file, 'first_name,phone\nBea,+14155550124\n');
    expect(cli('import', file, '--data-dir', dataDir).code).toBe(0);
    const database = path.join(dataDir, 'dialdeck.sqlite');
    fs.writeFileSync(database, 'garbage');

    const refused = cli('export', 'leads', '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot be opened');
    expect(refused.stderr).toContain('recover');
    expect(fs.readFileSync(database, 'utf8')).toBe('garbage');

    const recovered = cli('recover', '--data-dir', dataDir);
    expect(recovered.code).toBe(0);
    expect(recovered.stdout).toContain('Set aside (not deleted)');
    const damaged = fs.readdirSync(path.join(dataDir, 'damaged'));
    expect(damaged).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, 'damaged', damaged[0]!), 'utf8')).toBe('garbage');
    const exported = cli('export', 'leads', '--data-dir', dataDir);
    expect(exported.stdout).toContain('+14155550123');
    expect(exported.stdout).toContain('+14155550124');
  });
});
