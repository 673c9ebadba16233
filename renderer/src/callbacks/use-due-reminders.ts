import { useCallback, useEffect, useState } from 'react';
import type { CallbackReminder } from '../../../shared/domain/callback';
import { getBridge } from '../bridge/get-bridge';
import { withoutReminder, withReminder } from './due-reminders';

/** Callback reminders the core sends (`callbacks.due`), until the rep acts on them or dismisses them. */
export function useDueReminders() {
  const [reminders, setReminders] = useState<CallbackReminder[]>([]);
  useEffect(
    () =>
      getBridge().events.subscribe('callbacks.due', (due) =>
        setReminders((current) => withReminder(current, due)),
      ),
    [],
  );
  const dismiss = useCallback(
    (leadId: number) => setReminders((current) => withoutReminder(current, leadId)),
    [],
  );
  return { reminders, dismiss };
}
