import type { Clock, TimerHandle } from '../../../shared/clock';
import { MINUTE_MS } from '../../../shared/clock';
import type { CallbackReminder } from '../../../shared/domain/callback';
import { leadDisplayName } from '../../../shared/domain/lead';
import type { Logger } from '../platform/log/logger';
import { callbacksDueBetween, firstCallbackAfter, type ReminderRow } from './callback-reads';
import { SerialQueue } from '../platform/concurrency/serial-queue';
import type { Store } from '../platform/store/store';

export interface CallbackRemindersDeps {
  store: Store;
  clock: Clock;
  /** How many minutes ahead of the promised time the reminder goes out. */
  leadMinutes: () => number;
  onDue: (reminder: CallbackReminder) => void;
  log: Logger;
}

/**
 * Reminds the rep of each callback `leadMinutes` before it is due, once per promised time: one
 * timer for the next reminder, re-armed whenever callbacks change. A callback already past due
 * when the app starts gets no reminder: it heads the queue and the callbacks list instead.
 */
export class CallbackReminders {
  private readonly runs = new SerialQueue();
  private timer: TimerHandle | null = null;
  /** `${leadId}@${dueAt}` of the reminders sent, until their time has passed. */
  private readonly sent = new Set<string>();
  private closed = false;

  constructor(private readonly deps: CallbackRemindersDeps) {}

  /** Looks again for what is due and what comes next (callbacks or the setting changed). */
  refresh(): void {
    this.runs
      .run(() => this.check())
      .catch((error: unknown) =>
        this.deps.log.warn('could not check the callback reminders', { error: String(error) }),
      );
  }

  /** Resolves once every check asked for so far has run (tests). */
  idle(): Promise<void> {
    return this.runs.drained();
  }

  close(): void {
    this.closed = true;
    this.timer?.cancel();
    this.timer = null;
  }

  private async check(): Promise<void> {
    if (this.closed) return;
    const { store, clock } = this.deps;
    const now = clock.now();
    const ahead = Math.max(0, this.deps.leadMinutes()) * MINUTE_MS;
    for (const row of await callbacksDueBetween(store, now, now + ahead)) {
      const key = `${row.id}@${row.callback_at}`;
      if (this.sent.has(key)) continue;
      this.sent.add(key);
      this.deps.onDue(reminderOf(row));
    }
    for (const key of this.sent) {
      if (Number(key.slice(key.indexOf('@') + 1)) < now) this.sent.delete(key);
    }
    const next = await firstCallbackAfter(store, now + ahead);
    this.timer?.cancel();
    this.timer = null;
    if (next && !this.closed) {
      this.timer = clock.setTimer(() => this.refresh(), next.callback_at - ahead - now);
    }
  }
}

function reminderOf(row: ReminderRow): CallbackReminder {
  return {
    leadId: row.id,
    name: leadDisplayName({
      firstName: row.first_name,
      lastName: row.last_name,
      company: row.company,
    }),
    dueAt: row.callback_at,
    timeZone: row.time_zone,
    note: row.last_note,
  };
}
