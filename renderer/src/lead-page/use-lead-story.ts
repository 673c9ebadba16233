import { useCallback, useEffect, useState } from 'react';
import type { LeadStory } from '../../../shared/domain/lead-story';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';
import type { LiveValue } from '../bridge/use-live-value';

/** The lead's page, read again when the queue moves (a call, an outcome) or an action answers. */
export function useLeadStory(leadId: number) {
  const load = useCallback(() => getBridge().leads.story(leadId), [leadId]);
  const loaded = useLoaded(load);
  const { reload } = loaded;
  // An action's answer is shown until the next read replaces what it was based on.
  const [answer, setAnswer] = useState<{ story: LeadStory; basis: LiveValue<LeadStory> } | null>(
    null,
  );
  useEffect(() => getBridge().events.subscribe('queue.changed', reload), [reload]);
  const story =
    answer && answer.basis === loaded.value
      ? answer.story
      : loaded.value.status === 'ready'
        ? loaded.value.value
        : null;
  const replace = (next: LeadStory) => setAnswer({ story: next, basis: loaded.value });
  return {
    story,
    failure: loaded.value.status === 'error' ? loaded.value.message : null,
    reload,
    replace,
  };
}
