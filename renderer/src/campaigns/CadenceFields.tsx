import { FieldProblem } from '../ui/FieldProblem';
import { NumberField } from '../ui/NumberField';
import { NumberInput } from '../ui/NumberInput';
import type { CampaignDraft, DraftErrors, DraftStep } from './campaign-draft';
import { CADENCE_COUNTS, COUNT_INPUT } from './cadence-fields';

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
        {CADENCE_COUNTS.map(({ key, id, label, hint }) => (
          <NumberField
            key={key}
            id={id}
            label={label}
            hint={hint}
            error={errors.get(key)}
            {...COUNT_INPUT}
            value={draft[key]}
            onChange={(value) => onChange({ [key]: value })}
          />
        ))}
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
                    {...COUNT_INPUT}
                    aria-label={`Minutes to wait after attempt ${index + 1}`}
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
              <FieldProblem message={errors.get(`spacing.${index}`)} />
            </li>
          ))}
        </ol>
        <FieldProblem message={errors.get('spacing')} />
        <button type="button" className="button button-small" onClick={addStep}>
          Add a step
        </button>
      </div>
    </fieldset>
  );
}
