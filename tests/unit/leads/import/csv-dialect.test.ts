import { describe, expect, it } from 'vitest';
import {
  sniffCsvDialect,
  sniffNewline,
} from '../../../../electron/core/leads/import/csv/csv-dialect';

describe('CSV dialect sniffing', () => {
  it('chooses the semicolon of a European export even though its numbers use decimal commas', () => {
    const sample =
      'Nom;Montant;Téléphone\nDupont;1,50;01 23 45 67 89\nMartin;2,75;06 12 34 56 78\n';
    expect(sniffCsvDialect(sample, true)).toEqual({ delimiter: ';', newline: '\n' });
  });

  it('ignores delimiters inside quoted cells', () => {
    const sample =
      'name,address\r\n"Doe; Jane","1 Main St; Apt 2; Springfield"\r\n"Roe; Rick","5 Elm; Unit 9"\r\n';
    expect(sniffCsvDialect(sample, true)).toEqual({ delimiter: ',', newline: '\r\n' });
  });

  it('recognises tab and pipe delimited files', () => {
    expect(sniffCsvDialect('a\tb\tc\n1\t2\t3\n', true).delimiter).toBe('\t');
    expect(sniffCsvDialect('a|b\n1|2\n3|4\n', true).delimiter).toBe('|');
  });

  it('prefers the delimiter that gives every row the same width', () => {
    const sample = 'first,last;x\nAnn,Lee\nBo,Chen\nCy,Diaz;y\n';
    expect(sniffCsvDialect(sample, true).delimiter).toBe(',');
  });

  it('defaults to a comma for a single-column file', () => {
    expect(sniffCsvDialect('phone\n4155550123\n', true).delimiter).toBe(',');
  });

  it('reads the line ending outside quotes only', () => {
    expect(sniffNewline('a,"line one\r\nline two"\nb,c\n')).toBe('\n');
    expect(sniffNewline('a,b\r1,2\r')).toBe('\r');
    expect(sniffNewline('a,"x\ny"\r\nb,c\r\n')).toBe('\r\n');
    expect(sniffNewline('just one line')).toBeNull();
    expect(sniffNewline('a,b\r')).toBeNull(); // may be half of a CRLF still to come
    expect(sniffNewline('a,b\r', true)).toBe('\r');
  });
});
