import Papa from 'papaparse';
import type { DncTextImport } from '../../../shared/domain/dnc';
import { tryDncNumber } from './dnc-number';

const MAX_REJECTED_LISTED = 200;

export interface ParsedDncText {
  /** Distinct numbers, in the order they first appear. */
  numbers: string[];
  rejected: DncTextImport['rejected'];
}

/**
 * A pasted or exported list: one number per line, or a CSV whose first cell that reads as a
 * number is taken. A first line without any number is a header; later ones are reported.
 */
export function parseDncText(text: string, repCountry: string): ParsedDncText {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const numbers = new Set<string>();
  const rejected: DncTextImport['rejected'] = [];
  rows.forEach((cells, index) => {
    let problem: string | null = null;
    for (const cell of cells) {
      if (cell.trim() === '') continue;
      const parsed = tryDncNumber(cell, repCountry);
      if ('e164' in parsed) {
        numbers.add(parsed.e164);
        return;
      }
      problem ??= parsed.problem;
    }
    if (index === 0) return;
    if (rejected.length < MAX_REJECTED_LISTED) {
      rejected.push({ line: index + 1, value: cells.join(', '), reason: problem ?? 'empty line' });
    }
  });
  return { numbers: [...numbers], rejected };
}
