import { WIDEST_CALLING_WINDOW } from '../../../shared/domain/campaign-rules';
import { WEEKDAYS, type Weekday } from '../../../shared/domain/local-time';
import { FieldProblem } from '../ui/FieldProblem';
import { TextField } from '../ui/TextField';
import type { CampaignDraft, DraftErrors } from './campaign-draft';

const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** The window's two ends, each a time field. */
const WINDOW_EDGES = [
  { key: 'windowStart', id: 'window-start', label: 'From' },
  { key: 'windowEnd', id: 'window-end', label: 'Until' },
] as const;

interface CallingWindowFieldsProps {
  draft: CampaignDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<CampaignDraft>) => void;
}

/** When leads may be called, on each lead's own clock; campaigns can only narrow 08:00–21:00. */
export function CallingWindowFields({ draft, errors, onChange }: CallingWindowFieldsProps) {
  const toggle = (day: Weekday, on: boolean) =>
    onChange({
      weekdays: WEEKDAYS.filter((d) => (d === day ? on : draft.weekdays.includes(d))),
    });
  return (
    <fieldset className="form-section">
      <legend className="panel-title">Calling window</legend>
      <p className="muted form-section-help">
        In the lead’s local time. Never wider than {WIDEST_CALLING_WINDOW.start}–
        {WIDEST_CALLING_WINDOW.end}.
      </p>
      <div className="field-row">
        {WINDOW_EDGES.map(({ key, id, label }) => (
          <TextField
            key={key}
            id={id}
            label={label}
            error={errors.get(key)}
            type="time"
            min={WIDEST_CALLING_WINDOW.start}
            max={WIDEST_CALLING_WINDOW.end}
            value={draft[key]}
            onChange={(value) => onChange({ [key]: value })}
          />
        ))}
      </div>
      <fieldset className={errors.has('weekdays') ? 'weekdays has-error' : 'weekdays'}>
        <legend className="field-label">Days</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} className="weekday">
            <input
              type="checkbox"
              checked={draft.weekdays.includes(day)}
              onChange={(event) => toggle(day, event.target.checked)}
            />
            {DAY_LABELS[day]}
          </label>
        ))}
        <FieldProblem message={errors.get('weekdays')} />
      </fieldset>
    </fieldset>
  );
}
