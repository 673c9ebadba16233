import { useState } from 'react';
import type { Lead } from '../../../shared/domain/lead';
import type { LeadEdit, LeadStory } from '../../../shared/domain/lead-story';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';

const FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['company', 'Company'],
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['region', 'Region / state'],
  ['postalCode', 'Postal code'],
  ['country', 'Country (two letters)'],
  ['owner', 'Owner'],
  ['source', 'Source / channel'],
  ['notes', 'Notes'],
] as const;
type FieldName = (typeof FIELDS)[number][0];

function valuesOf(lead: Lead): Record<FieldName, string> {
  return {
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    phone: lead.phoneE164,
    email: lead.email ?? '',
    region: lead.region ?? '',
    postalCode: lead.postalCode ?? '',
    country: lead.country ?? '',
    owner: lead.owner ?? '',
    source: lead.source ?? '',
    notes: lead.notes ?? '',
  };
}

interface LeadEditFormProps {
  lead: Lead;
  onSaved: (story: LeadStory) => void;
  onCancel: () => void;
}

/** The lead's fields as a form; only what was changed is sent, and the core checks it all. */
export function LeadEditForm({ lead, onSaved, onCancel }: LeadEditFormProps) {
  const initial = valuesOf(lead);
  const [values, setValues] = useState(initial);
  const action = useAction();
  const save = async () => {
    const edit: LeadEdit = {};
    for (const [field] of FIELDS) {
      if (values[field] !== initial[field]) Object.assign(edit, { [field]: values[field] });
    }
    const story = await action.run(() => getBridge().leads.edit(lead.id, edit));
    if (story) onSaved(story);
  };
  return (
    <form
      className="lead-edit"
      data-testid="lead-edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      {FIELDS.map(([field, label]) => (
        <label key={field} className="field">
          <span className="field-label">{label}</span>
          <input
            type="text"
            data-testid={`lead-edit-${field}`}
            value={values[field]}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        </label>
      ))}
      <ErrorText message={action.error} />
      <div className="step-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={action.busy}
          data-testid="lead-edit-save"
        >
          Save
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
