import type { DncTextImport } from '../../../shared/domain/dnc';

/** What one `dnc.importText` call takes. */
export const DNC_TEXT_LIMIT = 900_000;

export interface TextBatch {
  text: string;
  /** The file's line number of the batch's first line, minus one. */
  lineOffset: number;
}

/** A list file cut at line ends into pieces the core takes in one call each. */
export function splitIntoBatches(text: string, limit = DNC_TEXT_LIMIT): TextBatch[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const batches: TextBatch[] = [];
  let current: string[] = [];
  let size = 0;
  let offset = 0;
  lines.forEach((line, index) => {
    if (current.length > 0 && size + line.length + 1 > limit) {
      batches.push({ text: current.join('\n'), lineOffset: offset });
      current = [];
      size = 0;
      offset = index;
    }
    // A single line longer than the limit goes alone; the core reports it.
    current.push(line.slice(0, limit));
    size += line.length + 1;
  });
  if (current.some((line) => line.trim() !== '')) {
    batches.push({ text: current.join('\n'), lineOffset: offset });
  }
  return batches;
}

/** The answers of every batch as one, line numbers counted in the whole file. */
export function mergeBatchResults(
  results: ReadonlyArray<{ result: DncTextImport; lineOffset: number }>,
): DncTextImport {
  return {
    added: results.reduce((sum, { result }) => sum + result.added, 0),
    alreadyListed: results.reduce((sum, { result }) => sum + result.alreadyListed, 0),
    rejected: results.flatMap(({ result, lineOffset }) =>
      result.rejected.map((line) => ({ ...line, line: line.line + lineOffset })),
    ),
  };
}
