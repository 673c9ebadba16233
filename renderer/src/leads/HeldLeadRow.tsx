import { useState } from 'react';
import { leadDisplayName, type Lead } from '../../../shared/domain/lead';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';
import { TimeZoneCombobox } from '../ui/TimeZoneCombobox';

interface HeldLeadRowProps {
  lead: Lead;
  homeCountry: string | null;
  onResolved: () => void;
  onClose: (lead: Lead) => void;
}

/** A lead the queue will not dial until someone says which clock it lives on. */
export function HeldLeadRow({ lead, homeCountry, onResolved, onClose }: HeldLeadRowProps) {
  const [zone, setZone] = useState<string | null>(lead.timeZone);
  const action = useAction();
  const name = leadDisplayName(lead);
  const where = [lead.region, lead.postalCode, lead.country].filter(Boolean).join(' · ');

  const release = async () => {
    if (!zone) return;
    const done = await action.run(() => getBridge().leads.resolveHold(lead.id, zone));
    if (done !== null) onResolved();
  };

  return (
    <li className="held-row" data-testid={`held-lead-${lead.id}`}>
      <div className="held-who">
        <span className="held-name">{name}</span>
        <span className="muted">{formatPhoneForHumans(lead.phoneE164, homeCountry)}</span>
        {where && <span className="muted">{where}</span>}
      </div>
      <p className="held-reason">{lead.holdReason ?? 'Held for review'}</p>
      <form
        className="held-actions"
        onSubmit={(event) => {
          event.preventDefault();
          void release();
        }}
      >
        <TimeZoneCombobox
          label={`Time zone for ${name}`}
          value={zone}
          testId={`held-zone-${lead.id}`}
          onChange={setZone}
        />
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={zone && !action.busy ? undefined : 'true'}
        >
          Release to the queue
        </button>
        <button type="button" className="button button-quiet" onClick={() => onClose(lead)}>
          Close lead…
        </button>
      </form>
      <ErrorText message={action.error} />
    </li>
  );
}
