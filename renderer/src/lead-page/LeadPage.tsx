import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/campaign';
import { leadDisplayName } from '../../../shared/domain/lead';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ReschedulePanel } from '../callbacks/ReschedulePanel';
import { useNow } from '../app/use-now';
import { STATUS_LABELS } from '../lead-search/status-labels';
import { useDispositions } from '../outcomes/use-dispositions';
import { ErrorText } from '../ui/ErrorText';
import { Kbd } from '../ui/Kbd';
import { ReasonDialog } from '../ui/ReasonDialog';
import { LeadEditForm } from './LeadEditForm';
import { LeadFacts } from './LeadFacts';
import { LeadHistory } from './LeadHistory';
import { MergeFields } from './MergeFields';
import { useLeadPageKeys } from './use-lead-page-keys';
import { useLeadStory } from './use-lead-story';

interface LeadPageProps {
  leadId: number;
  homeCountry: string | null;
  repName: string;
  campaigns: readonly Campaign[];
  canDialLead: boolean;
  onOpenDialer: () => void;
  onBack: () => void;
}

type Asking = 'close' | 'reopen' | 'dnc' | 'callback' | 'edit' | null;

/** One lead, whole: its fields, its story, where it stands and why, and what can be done to it. */
export function LeadPage(props: LeadPageProps) {
  const { leadId } = props;
  const { story, failure, replace, reload } = useLeadStory(leadId);
  const dispositions = useDispositions();
  const [asking, setAsking] = useState<Asking>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const action = useAction();
  const now = useNow(30_000);

  const dialNow = async () => {
    setRefusal(null);
    if (!props.canDialLead) {
      setRefusal('Dial now works between calls: finish the call on the dialer first.');
      return;
    }
    // The queue's own path: the session's dial-time check (DNC list, calling hours, status).
    const dialed = await action.run(() => getBridge().session.dialLead(leadId));
    if (dialed === null) return;
    const after = await action.run(() => getBridge().session.snapshot());
    if (after && after.offer?.lead.id === leadId && after.state !== 'idle') props.onOpenDialer();
    else setRefusal(after?.notice ?? after?.lastError ?? 'The lead was not dialed.');
  };
  useLeadPageKeys({ onDial: () => void dialNow(), onBack: props.onBack });

  if (!story) {
    return failure ? <ErrorText message={failure} /> : <p className="muted">Loading the lead…</p>;
  }
  const { lead } = story;
  const name = leadDisplayName(lead);
  const closed = lead.status === 'done';
  return (
    <article className="lead-page" data-testid="lead-page" data-lead-id={lead.id}>
      <header className="lead-page-header">
        <button type="button" className="button" onClick={props.onBack} data-testid="lead-back">
          ← Results <Kbd>Esc</Kbd>
        </button>
        <div>
          <h2 className="lead-page-name">{name}</h2>
          <p className="muted">
            <span data-testid="lead-page-phone">
              {formatPhoneForHumans(lead.phoneE164, props.homeCountry)}
            </span>{' '}
            · <span data-testid="lead-page-status">{STATUS_LABELS[lead.status]}</span> ·{' '}
            {story.campaignName}
          </p>
        </div>
      </header>
      <p
        className="lead-standing"
        data-testid="lead-queue-standing"
        data-callable={story.queue.callable}
      >
        {story.queue.text}
      </p>
      <div className="step-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="lead-dial-now"
          aria-keyshortcuts="D"
          disabled={action.busy}
          onClick={() => void dialNow()}
        >
          Dial now <Kbd>D</Kbd>
        </button>
        <button
          type="button"
          className="button"
          data-testid="lead-edit"
          onClick={() => setAsking('edit')}
        >
          Edit
        </button>
        <button
          type="button"
          className="button"
          data-testid="lead-callback"
          onClick={() => setAsking('callback')}
        >
          {lead.status === 'callback' ? 'Move callback' : 'Schedule callback'}
        </button>
        {closed ? (
          <button
            type="button"
            className="button"
            data-testid="lead-reopen"
            onClick={() => setAsking('reopen')}
          >
            Reopen
          </button>
        ) : (
          <button
            type="button"
            className="button"
            data-testid="lead-close"
            onClick={() => setAsking('close')}
          >
            Close
          </button>
        )}
        {!story.dnc && (
          <button
            type="button"
            className="button"
            data-testid="lead-add-dnc"
            onClick={() => setAsking('dnc')}
          >
            Add to do-not-call
          </button>
        )}
      </div>
      {refusal && (
        <p className="error-text" role="alert" data-testid="lead-dial-refusal">
          {refusal}
        </p>
      )}
      <ErrorText message={action.error} />
      {asking === 'callback' && (
        <ReschedulePanel
          zone={lead.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}
          zoneIsLead={lead.timeZone !== null}
          currentDueAt={lead.callbackAt ?? now}
          now={now}
          busy={action.busy}
          onPick={(at) =>
            void action
              .run(() => getBridge().leads.scheduleCallback(leadId, at))
              .then((next) => {
                if (next) replace(next);
                setAsking(null);
              })
          }
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'close' && (
        <ReasonDialog
          title={`Close ${name}?`}
          confirmLabel="Close the lead"
          dismissLabel="Keep it open"
          placeholder="bought elsewhere, duplicate, …"
          testId="lead-close-reason"
          send={(reason) => getBridge().leads.close(leadId, reason)}
          onDone={() => {
            setAsking(null);
            reload();
          }}
          onCancel={() => setAsking(null)}
        >
          It leaves the queue; it can be reopened later.
        </ReasonDialog>
      )}
      {asking === 'reopen' && (
        <ReasonDialog
          title={`Reopen ${name}?`}
          confirmLabel="Reopen"
          dismissLabel="Keep it closed"
          placeholder="asked us to call back, …"
          testId="lead-reopen-reason"
          send={(reason) => getBridge().leads.reopen(leadId, reason)}
          onDone={() => {
            setAsking(null);
            reload();
          }}
          onCancel={() => setAsking(null)}
        >
          It goes back in the queue.
        </ReasonDialog>
      )}
      {asking === 'dnc' && (
        <ReasonDialog
          title={`Never call ${formatPhoneForHumans(lead.phoneE164, props.homeCountry)} again?`}
          confirmLabel="Add to do-not-call"
          dismissLabel="Cancel"
          placeholder="asked not to be called"
          testId="lead-dnc-reason"
          send={(reason) => getBridge().leads.addToDnc(leadId, reason)}
          onDone={() => {
            setAsking(null);
            reload();
          }}
          onCancel={() => setAsking(null)}
        >
          No lead with this number will be dialed again.
        </ReasonDialog>
      )}
      {asking === 'edit' ? (
        <LeadEditForm
          lead={lead}
          onSaved={(next) => {
            replace(next);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        />
      ) : (
        <LeadFacts story={story} homeCountry={props.homeCountry} />
      )}
      <LeadHistory
        story={story}
        dispositions={dispositions.status === 'ready' ? dispositions.value : []}
      />
      <h2 className="form-section-title">What the script will show</h2>
      <MergeFields lead={lead} repName={props.repName} />
    </article>
  );
}
