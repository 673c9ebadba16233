import { useCallback, useMemo } from 'react';
import type { Lead } from '../../../shared/domain/lead';
import { mergeFieldsForLead, missingFieldMark, parseScript } from '../../../shared/scripts';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';
import { mergeFieldList } from './merge-field-list';

/** What the campaign's script will say for this lead, field by field, the missing ones marked. */
export function MergeFields({ lead, repName }: { lead: Lead; repName: string }) {
  const load = useCallback(
    () => getBridge().scripts.forCampaign(lead.campaignId),
    [lead.campaignId],
  );
  const script = useLoaded(load);
  const fields = useMemo(() => {
    if (script.value.status !== 'ready') return null;
    const values = mergeFieldsForLead(lead, { displayName: repName });
    return mergeFieldList(parseScript(script.value.value.markdown, values));
  }, [script.value, lead, repName]);
  if (script.value.status === 'error') return <p className="muted">{script.value.message}</p>;
  if (!fields) return <p className="muted">Loading the script…</p>;
  if (fields.length === 0) return <p className="muted">The script has no merge fields.</p>;
  return (
    <dl className="lead-fields" data-testid="lead-merge-fields">
      {fields.map((field) => (
        <div key={field.name} className="lead-field">
          <dt>{`{{${field.name}}}`}</dt>
          <dd className={field.shown === null ? 'error-text' : undefined}>
            {field.shown ?? missingFieldMark(field.name)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
