import { useNow } from '../app/use-now';
import type { CallbackReminder } from '../../../shared/domain/callback';
import { describeOnClock } from '../outcomes/callback-presets';
import { dueText } from './due-reminders';

interface DueCallbackBannersProps {
  reminders: readonly CallbackReminder[];
  repTimeZone: string;
  clockOffset: number;
  /** False during a call or its wrap-up: the callback waits for the current call to end. */
  canDialNow: boolean;
  onDialNow: (reminder: CallbackReminder) => void;
  onOpen: (reminder: CallbackReminder) => void;
  onDismiss: (leadId: number) => void;
}

/** A promised call coming due, on every screen, with what to do about it. */
export function DueCallbackBanners(props: DueCallbackBannersProps) {
  const now = useNow(15_000, props.clockOffset);
  if (props.reminders.length === 0) return null;
  return (
    <div className="due-banners" role="region" aria-label="Callbacks coming due">
      {props.reminders.map((reminder) => (
        <div
          key={reminder.leadId}
          className="banner due-banner"
          role="status"
          data-testid="callback-due-banner"
        >
          <span className="due-banner-text">
            Callback <strong>{reminder.name}</strong> {dueText(reminder.dueAt, now)}
            <span className="muted"> · {describeOnClock(reminder.dueAt, props.repTimeZone)}</span>
          </span>
          <span className="due-banner-actions">
            <button
              type="button"
              className="button button-primary button-small"
              disabled={!props.canDialNow}
              title={props.canDialNow ? undefined : 'Finish the current call first'}
              onClick={() => props.onDialNow(reminder)}
            >
              Dial now
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onOpen(reminder)}
            >
              Open
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`Dismiss the reminder for ${reminder.name}`}
              onClick={() => props.onDismiss(reminder.leadId)}
            >
              Dismiss
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
