import { useCallback, useState } from 'react';
import type { CallingRuleView } from '../../../shared/domain/calling-rules';
import { WEEKDAYS } from '../../../shared/domain/local-time';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { useLoaded } from '../bridge/use-loaded';
import { ErrorText } from '../ui/ErrorText';
import { SaveForm } from '../ui/SaveForm';
import { TextField } from '../ui/TextField';
import { draftFromRule, ruleFromDraft, type CallingRuleDraft } from './calling-rule-draft';

const DAY_LABELS = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The calling rules by country and state that every dial obeys (the stricter always wins), where
 * each comes from, and a supervisor's edit or new rule with the reason kept on record.
 */
export function CallingRulesSettings({ mayEdit }: { mayEdit: boolean }) {
  const load = useCallback(() => getBridge().callingRules.list(), []);
  const loaded = useLoaded(load);
  const [saved, setSaved] = useState<CallingRuleView[] | null>(null);
  const [draft, setDraft] = useState<CallingRuleDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const views = saved ?? (loaded.value.status === 'ready' ? loaded.value.value : []);

  const save = async () => {
    if (!draft) return;
    const checked = ruleFromDraft(draft);
    if (!checked.ok) return setProblem(checked.problem);
    setProblem(null);
    const result = await action.run(() =>
      getBridge().callingRules.save({ rule: checked.rule, reason: draft.reason }),
    );
    if (result === null) return;
    setSaved(result);
    setDraft(null);
  };

  return (
    <section className="panel settings-section" aria-labelledby="calling-rules-title">
      <h2 id="calling-rules-title">Calling rules</h2>
      <p className="muted">
        Every dial obeys the country’s rule and the rules of the states of the lead’s address and
        area code; the stricter always wins, and a campaign can only narrow them.
      </p>
      {loaded.value.status === 'error' && <ErrorText message={loaded.value.message} />}
      <ul className="calling-rules" data-testid="calling-rules">
        {views.map(({ rule, origin, lastChange }) => (
          <li key={rule.id} data-testid={`calling-rule-${rule.id}`}>
            <strong>{rule.name}</strong> <span className="muted">({rule.id})</span>:{' '}
            {WEEKDAYS.map((day) => {
              const span = rule.hours[day];
              return `${DAY_LABELS[day]} ${span ? `${span[0]}–${span[1]}` : 'no calls'}`;
            }).join(', ')}
            {rule.maxAttemptsPer24h !== null &&
              `; ${rule.maxAttemptsPer24h} dials per number in 24 h`}
            {rule.noCallDays.length > 0 && `; no calls on ${rule.noCallDays.join(', ')}`}
            <br />
            <span className="muted">
              Source: {rule.source} (checked {rule.checked}).{' '}
              {lastChange
                ? `${origin === 'added' ? 'Added' : 'Edited'} by ${lastChange.changedBy} on ${new Date(lastChange.changedAt).toLocaleString()}: ${lastChange.reason}`
                : 'As shipped.'}
            </span>{' '}
            {mayEdit && (
              <button
                type="button"
                className="button button-small"
                onClick={() => setDraft(draftFromRule(rule, today()))}
              >
                Edit {rule.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {mayEdit && draft === null && (
        <button
          type="button"
          className="button button-small"
          data-testid="calling-rule-add"
          onClick={() => setDraft(draftFromRule(null, today()))}
        >
          Add a rule
        </button>
      )}
      {!mayEdit && <p className="muted">Only a supervisor can change calling rules.</p>}
      {draft && (
        <SaveForm className="settings-grid" aria-label="Calling rule" onSave={save}>
          <TextField
            id="rule-country"
            label="Country"
            hint="Two letters, e.g. US."
            value={draft.country}
            onChange={(country) => setDraft({ ...draft, country })}
          />
          <TextField
            id="rule-region"
            label="State"
            hint="Two letters, e.g. FL; empty for the country’s own rule."
            value={draft.region}
            onChange={(region) => setDraft({ ...draft, region })}
          />
          <TextField
            id="rule-name"
            label="Name the rep reads"
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
          />
          {WEEKDAYS.map((day) => (
            <TextField
              key={day}
              id={`rule-hours-${day}`}
              label={`${DAY_LABELS[day]} hours`}
              hint="08:00-20:00 on the lead’s clock; empty for no calls."
              value={draft.hours[day]}
              onChange={(hours) => setDraft({ ...draft, hours: { ...draft.hours, [day]: hours } })}
            />
          ))}
          <TextField
            id="rule-no-call-days"
            label="No-call days"
            hint="MM-DD every year or YYYY-MM-DD once, separated by commas."
            value={draft.noCallDays}
            onChange={(noCallDays) => setDraft({ ...draft, noCallDays })}
          />
          <TextField
            id="rule-cap"
            label="Dials per number in 24 h"
            hint="Empty for no cap."
            inputMode="numeric"
            value={draft.maxAttemptsPer24h}
            onChange={(maxAttemptsPer24h) => setDraft({ ...draft, maxAttemptsPer24h })}
          />
          <TextField
            id="rule-source"
            label="Source"
            hint="The law or page the rule comes from."
            value={draft.source}
            onChange={(source) => setDraft({ ...draft, source })}
          />
          <TextField
            id="rule-checked"
            label="Checked on"
            hint="YYYY-MM-DD"
            value={draft.checked}
            onChange={(checked) => setDraft({ ...draft, checked })}
          />
          <TextField
            id="rule-reason"
            label="Why this change"
            hint="Kept on record with the rule."
            testId="calling-rule-reason"
            value={draft.reason}
            onChange={(reason) => setDraft({ ...draft, reason })}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" data-testid="calling-rule-save">
              Save the rule
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
          <ErrorText message={problem ?? action.error} />
        </SaveForm>
      )}
    </section>
  );
}
