import { Field } from '../ui/Field';
import type { CampaignDraft, DraftErrors, DraftStep } from './campaign-draft';

interface CadenceFieldsProps {
  draft: CampaignDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<CampaignDraft>) => void;
}

/** Speed to lead and retries: how soon a new lead is due, how often and how far apart it is tried. */
export function CadenceFields({ draft, errors, onChange }: CadenceFieldsProps) {
  const setStep = (index: number, step: DraftStep) =>
    onChange({ spacing: draft.spacing.map((s, i) => (i === index ? step : s)) });
  const removeStep = (index: number) =>
    onChange({ spacing: draft.spacing.filter((_, i) => i !== index) });
  const addStep = () => onChange({ spacing: [...draft.spacing, { kind: 'wait', minutes: '60' }] });

  return (
    <fieldset className="form-section">
      <legend className="panel-title">Speed to lead and retries</legend>
      <div className="field-row">
        <Field
          label="First dial within (min)"
          htmlFor="sla-minutes"
          hint="The speed-to-lead SLA for new leads."
          error={errors.get('slaMinutes')}
        >
          <NumberInput
            id="sla-minutes"
            value={draft.slaMinutes}
            onChange={(v) => onChange({ slaMinutes: v })}
          />
        </Field>
        <Field
          label="At risk from (min before)"
          htmlFor="at-risk-minutes"
          hint="Leads this close to the SLA go first."
          error={errors.get('atRiskMinutes')}
        >
          <NumberInput
            id="at-risk-minutes"
            value={draft.atRiskMinutes}
            onChange={(v) => onChange({ atRiskMinutes: v })}
          />
        </Field>
        <Field
          label="Attempts per lead"
          htmlFor="max-attempts"
          hint="The first dial included."
          error={errors.get('maxAttempts')}
        >
          <NumberInput
            id="max-attempts"
            value={draft.maxAttempts}
            onChange={(v) => onChange({ maxAttempts: v })}
          />
        </Field>
        <Field
          label="Callback grace (min)"
          htmlFor="callback-grace"
          hint="A callback may be dialed this early."
          error={errors.get('callbackGraceMinutes')}
        >
          <NumberInput
            id="callback-grace"
            value={draft.callbackGraceMinutes}
            onChange={(v) => onChange({ callbackGraceMinutes: v })}
          />
        </Field>
      </div>
      <div className="cadence-steps">
        <span className="field-label">Spacing between attempts (the last step repeats)</span>
        <ol>
          {draft.spacing.map((step, index) => (
            <li key={index} className="cadence-step">
              <span className="muted cadence-step-name">After attempt {index + 1}</span>
              <select
                className="text-input"
                aria-label={`After attempt ${index + 1}`}
                value={step.kind}
                onChange={(event) =>
                  setStep(
                    index,
                    event.target.value === 'wait'
                      ? { kind: 'wait', minutes: '60' }
                      : { kind: 'next-day', at: '09:00' },
                  )
                }
              >
                <option value="wait">wait</option>
                <option value="next-day">next calling day at</option>
              </select>
              {step.kind === 'wait' ? (
                <>
                  <NumberInput
                    id={`step-${index}`}
                    label={`Minutes to wait after attempt ${index + 1}`}
                    value={step.minutes}
                    onChange={(minutes) => setStep(index, { kind: 'wait', minutes })}
                  />
                  <span className="muted">min</span>
                </>
              ) : (
                <input
                  type="time"
                  className="text-input"
                  aria-label={`Time of the next-day attempt after attempt ${index + 1}`}
                  value={step.at}
                  onChange={(event) => setStep(index, { kind: 'next-day', at: event.target.value })}
                />
              )}
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Remove the step after attempt ${index + 1}`}
                aria-disabled={draft.spacing.length === 1 ? 'true' : undefined}
                onClick={() => draft.spacing.length > 1 && removeStep(index)}
              >
                Remove
              </button>
              {errors.has(`spacing.${index}`) && (
                <span className="field-hint is-bad" role="alert">
                  {errors.get(`spacing.${index}`)}
                </span>
              )}
            </li>
          ))}
        </ol>
        {errors.has('spacing') && (
          <span className="field-hint is-bad" role="alert">
            {errors.get('spacing')}
          </span>
        )}
        <button type="button" className="button button-small" onClick={addStep}>
          Add a step
        </button>
      </div>
    </fieldset>
  );
}

function NumberInput(props: {
  id: string;
  value: string;
  label?: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      id={props.id}
      type="number"
      inputMode="numeric"
      min={0}
      step={1}
      className="text-input number-input"
      aria-label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
