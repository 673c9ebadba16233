import type { PublicSettings } from '../../../shared/domain/settings';
import { SettingsFormActions } from '../settings/SettingsFormActions';
import { useSettingsDraft } from '../settings/use-settings-draft';
import { useUnsavedChanges } from '../shell/unsaved-changes';
import { FieldProblem } from '../ui/FieldProblem';
import { SaveForm } from '../ui/SaveForm';
import { AllowedCountries } from './AllowedCountries';
import { PoolNumberRow } from './PoolNumberRow';
import { presenceDraftFrom, presencePatch, rowProblems } from './presence-draft';
import './local-presence.css';

/** The team's caller ID pool: each dial presents the number closest to the lead. */
export function LocalPresenceSettings({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, presenceDraftFrom, presencePatch);
  const { draft, change, errors, save } = form;
  useUnsavedChanges('Local presence', form.dirty, form.discard);
  const problems = errors.size > 0 ? rowProblems(draft) : new Map<number, string>();
  const removeRow = (index: number) =>
    change({
      rows: draft.rows.filter((_, i) => i !== index),
      defaultRow:
        draft.defaultRow === null || draft.defaultRow === index
          ? null
          : draft.defaultRow - (draft.defaultRow > index ? 1 : 0),
    });

  return (
    <SaveForm className="local-presence" aria-labelledby="local-presence-title" onSave={save}>
      <h3 id="local-presence-title">Local presence</h3>
      <p className="muted">
        Each call shows the prospect the pool’s number closest to them: the same area code, else the
        same state, else the same country, else the default. With no numbers, the line shows its own
        caller ID. Every number must be one your line may present (on Twilio, a number of the
        account or a verified caller ID).
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="caller-id-pool">
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Label</th>
              <th scope="col" className="flag-cell">
                Default
              </th>
              <th scope="col">
                <span className="visually-hidden">Removal</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.rows.map((row, index) => (
              <PoolNumberRow
                key={index}
                index={index}
                row={row}
                isDefault={draft.defaultRow === index}
                problem={problems.get(index)}
                onChange={(next) =>
                  change({ rows: draft.rows.map((r, i) => (i === index ? next : r)) })
                }
                onMakeDefault={() => change({ defaultRow: index })}
                onRemove={() => removeRow(index)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {draft.rows.length === 0 && (
        <p className="muted" data-testid="caller-id-pool-empty">
          No numbers yet: every call shows the line’s own caller ID.
        </p>
      )}
      <FieldProblem message={errors.get('rows')} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-small"
          data-testid="caller-id-add"
          onClick={() => change({ rows: [...draft.rows, { number: '', label: '' }] })}
        >
          Add a number
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-disabled={draft.defaultRow === null ? 'true' : undefined}
          onClick={() => change({ defaultRow: null })}
        >
          No default
        </button>
      </div>
      <FieldProblem message={errors.get('defaultRow')} />
      <AllowedCountries
        countries={draft.countries}
        error={errors.get('countries')}
        onChange={(countries) => change({ countries })}
      />
      <SettingsFormActions
        form={form}
        saveLabel="Save local presence"
        saveTestId="local-presence-save"
        discardable
      />
    </SaveForm>
  );
}
