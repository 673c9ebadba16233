import { useCallback } from 'react';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';
import { useFreshWhileShown } from '../shell/screen-active';

export const HELD_PAGE_SIZE = 50;

/** A page of the leads held for review, read again when the queue changes (an import, a release). */
export function useHeldLeads(offset: number) {
  const load = useCallback(
    () => getBridge().leads.held({ offset, limit: HELD_PAGE_SIZE }),
    [offset],
  );
  const held = useLoaded(load);
  const { reload } = held;
  const subscribe = useCallback(
    () => getBridge().events.subscribe('queue.changed', reload),
    [reload],
  );
  useFreshWhileShown(reload, subscribe);
  return held;
}
