import { useCallback, useEffect, useRef, useState } from 'react';
import { useNow } from '../app/use-now';
import { getBridge } from '../bridge/get-bridge';
import type { CallbackEntry } from '../../../shared/domain/callback';
import { useAction } from '../bridge/use-action';
import { useLoaded } from '../bridge/use-loaded';
import { useFreshWhileShown } from '../shell/screen-active';
import { ErrorText } from '../ui/ErrorText';
import { ScreenPage } from '../ui/ScreenPage';
import { CallbackRow } from './CallbackRow';
import { CancelCallbackDialog } from './CancelCallbackDialog';
import { groupCallbacks } from './callback-groups';

interface CallbacksScreenProps {
  repTimeZone: string;
  homeCountry: string | null;
  clockOffset: number;
  /** Bring this lead's callback into view and focus (opened from a reminder). */
  focusLeadId: number | null;
  /** Between calls: a callback can be dialed now, out of the queue's turn. */
  canDial: boolean;
  onDial: (leadId: number) => void;
}

/** Promised calls, overdue first: reschedule or cancel them from the keyboard. */
export function CallbacksScreen(props: CallbacksScreenProps) {
  const { repTimeZone, clockOffset, focusLeadId } = props;
  const now = useNow(15_000, clockOffset);
  const load = useCallback(() => getBridge().callbacks.list(), []);
  const { value, reload } = useLoaded(load);
  const action = useAction();
  const [rescheduling, setRescheduling] = useState<number | null>(null);
  const [cancelling, setCancelling] = useState<CallbackEntry | null>(null);
  const list = useRef<HTMLDivElement>(null);

  // Outcomes saved on the dialer and reminders both change this list.
  const subscribe = useCallback(() => {
    const offQueue = getBridge().events.subscribe('queue.changed', reload);
    const offDue = getBridge().events.subscribe('callbacks.due', reload);
    return () => {
      offQueue();
      offDue();
    };
  }, [reload]);
  useFreshWhileShown(reload, subscribe);

  const loaded = value.status === 'ready';
  useEffect(() => {
    if (!loaded || focusLeadId === null) return;
    list.current
      ?.querySelector<HTMLElement>(`[data-testid="callback-row-${focusLeadId}"]`)
      ?.focus();
  }, [loaded, focusLeadId]);

  const move = (step: number) => {
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-callback-row]') ?? [])];
    const index = rows.indexOf(document.activeElement as HTMLElement);
    rows[Math.max(0, Math.min(rows.length - 1, index + step))]?.focus();
  };

  const reschedule = async (leadId: number, at: number) => {
    const done = await action.run(() => getBridge().callbacks.reschedule(leadId, at));
    if (done === null) return;
    setRescheduling(null);
    reload();
  };

  const entries = value.status === 'ready' ? [...value.value.overdue, ...value.value.upcoming] : [];
  const groups = groupCallbacks(entries, now, repTimeZone);
  return (
    <ScreenPage
      title="Callbacks"
      summary="Promised calls, overdue first. Times on the lead’s clock, with yours beside it. ↑ ↓ move between calls; D dials one now."
    >
      {value.status === 'error' && <ErrorText message={value.message} />}
      {value.status === 'loading' && <p className="muted">Loading callbacks…</p>}
      {value.status === 'ready' && entries.length === 0 && (
        <p className="muted empty-state">
          No callbacks promised. Outcome 2 on the dialer schedules one.
        </p>
      )}
      <ErrorText message={action.error} />
      <div ref={list} className="callback-groups">
        {groups.map((group) => (
          <section
            key={group.id}
            className="panel callback-group"
            aria-labelledby={`cb-${group.id}`}
          >
            <h2 id={`cb-${group.id}`} className="panel-title">
              {group.title} <span className="muted">{group.entries.length}</span>
            </h2>
            <ol className="callback-list">
              {group.entries.map((entry) => (
                <CallbackRow
                  key={entry.lead.id}
                  entry={entry}
                  now={now}
                  repTimeZone={repTimeZone}
                  homeCountry={props.homeCountry}
                  rescheduling={rescheduling === entry.lead.id}
                  busy={action.busy}
                  canDial={props.canDial}
                  onDial={() => props.onDial(entry.lead.id)}
                  onReschedule={() => setRescheduling(entry.lead.id)}
                  onPick={(at) => void reschedule(entry.lead.id, at)}
                  onCloseReschedule={() => setRescheduling(null)}
                  onCancel={() => setCancelling(entry)}
                  onMove={move}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
      {cancelling && (
        <CancelCallbackDialog
          entry={cancelling}
          onDone={() => {
            setCancelling(null);
            reload();
          }}
          onClose={() => setCancelling(null)}
        />
      )}
    </ScreenPage>
  );
}
