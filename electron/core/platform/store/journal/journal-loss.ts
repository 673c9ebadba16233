import type { TornTail } from './journal-reader';

/** Acknowledged records that the journal no longer holds: never normal, always told. */
export interface JournalLoss {
  acknowledgedMissing: number;
  /** Where the cut-off bytes were kept, if there were any. */
  keptAt: string | null;
  message: string;
}

/**
 * Compares the journal's end with the acknowledged mark. A torn line after the mark is a write
 * cut off before it was acknowledged: normal after a crash, and not a loss.
 */
export function journalLossOf(
  lastSeq: number,
  ackMark: number | null,
  tornTail: TornTail | null,
  keptAt: string | null,
): JournalLoss | null {
  if (ackMark === null || ackMark <= lastSeq) return null;
  const missing = ackMark - lastSeq;
  const where = tornTail
    ? `The journal ${tornTail.segmentFile} ends ${tornTail.byteLength} bytes into a cut record` +
      (keptAt ? `; those bytes are kept in ${keptAt}` : '') +
      '.'
    : `The journal's last file ends on a whole record: it was cut short after it was written.`;
  return {
    acknowledgedMissing: missing,
    keptAt,
    message:
      `${missing} saved ${missing === 1 ? 'change is' : 'changes are'} missing from the end of ` +
      `the journal (records ${lastSeq + 1}–${ackMark} were acknowledged, the journal stops at ` +
      `${lastSeq}). ${where} Dialdeck opened with everything before them. If you have a copy of ` +
      'this data folder from before the damage, keep it.',
  };
}
