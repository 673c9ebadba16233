import { DomainError } from '../../../../../shared/result';

/** Share of control characters above which a sample is binary data, not text. */
const BINARY_SHARE = 0.01;
/** Fewer than this many is a stray byte or two (an old file's Ctrl-Z), never proof. */
const MIN_CONTROL_CHARS = 4;

/**
 * Refuses a file that is not text (a spreadsheet saved as .xlsx, a zip, a PDF...): its decoded
 * sample is full of control characters that no CSV holds. Without this, binary data read as one
 * odd "header" and the person was told that no column holds phone numbers.
 */
export function assertTextSample(sample: string): void {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isBinaryControl(sample.charCodeAt(i))) controls++;
  }
  if (controls >= MIN_CONTROL_CHARS && controls > sample.length * BINARY_SHARE) {
    throw new DomainError(
      'invalid-argument',
      'This is not a CSV file: it holds binary data, as a spreadsheet (.xlsx), a zip or a PDF ' +
        'does. Save or export the leads as CSV, then import that file.',
    );
  }
}

// C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and
// Ctrl-Z (which old DOS tools wrote at the end of a text file).
function isBinaryControl(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  return !(code >= 0x09 && code <= 0x0d) && code !== 0x1a;
}
