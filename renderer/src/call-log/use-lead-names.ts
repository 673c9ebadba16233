import { useCallback, useState } from 'react';
import { leadDisplayName } from '../../../shared/domain/lead';
import type { QueueEntry } from '../../../shared/domain/queue';

/**
 * Names of the leads this window has seen (offered, queued), for the call log, whose attempts
 * carry only a lead id. A lead not seen since the page opened shows as "Lead #id".
 */
export function useLeadNames(entries: ReadonlyArray<QueueEntry | null | undefined>) {
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  const unseen = entries.filter(
    (entry): entry is QueueEntry =>
      entry !== null &&
      entry !== undefined &&
      names.get(entry.lead.id) !== leadDisplayName(entry.lead),
  );
  // Learned during render (React's pattern for deriving from new props), bounded by what changed.
  if (unseen.length > 0) {
    const next = new Map(names);
    for (const entry of unseen) next.set(entry.lead.id, leadDisplayName(entry.lead));
    setNames(next);
  }
  return useCallback((leadId: number) => names.get(leadId) ?? `Lead #${leadId}`, [names]);
}
