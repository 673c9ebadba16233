import type { CallbackReminder } from '../../../shared/domain/callback';

/** The reminders on screen: one per lead (the latest wins), soonest due first. */
export function withReminder(
  reminders: readonly CallbackReminder[],
  due: CallbackReminder,
): CallbackReminder[] {
  return [...reminders.filter((reminder) => reminder.leadId !== due.leadId), due].sort(
    (a, b) => a.dueAt - b.dueAt,
  );
}

export function withoutReminder(
  reminders: readonly CallbackReminder[],
  leadId: number,
): CallbackReminder[] {
  return reminders.filter((reminder) => reminder.leadId !== leadId);
}

/** "due in 4 min", "due now", "12 min overdue". */
export function dueText(dueAt: number, now: number): string {
  const minutes = Math.round((dueAt - now) / 60_000);
  if (minutes === 0) return 'due now';
  if (minutes > 0) return `due in ${formatMinutes(minutes)}`;
  return `${formatMinutes(-minutes)} overdue`;
}

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
