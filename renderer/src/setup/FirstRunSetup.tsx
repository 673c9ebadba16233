import { useState } from 'react';
import type { PublicSettings } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { DIAL_MODE_CHOICE } from '../settings/rep-settings-fields';
import { CountrySelect } from '../ui/CountrySelect';
import { ErrorText } from '../ui/ErrorText';
import { Field } from '../ui/Field';
import { FieldProblem } from '../ui/FieldProblem';
import { RadioGroup } from '../ui/RadioGroup';
import { SaveForm } from '../ui/SaveForm';
import { TextField } from '../ui/TextField';
import { TimeZoneCombobox } from '../ui/TimeZoneCombobox';
import { setupDraftFrom, setupPatch, type SetupDraft } from './setup-draft';

interface FirstRunSetupProps {
  settings: PublicSettings;
}

/**
 * The first screen of a new data folder: who the rep is, where, and how they dial. One form:
 * Tab moves through it and Enter anywhere in it starts the app.
 */
/** Once saved, `settings.changed` carries the finished setup to the gate that shows the app. */
export function FirstRunSetup({ settings }: FirstRunSetupProps) {
  const [draft, setDraft] = useState(() => setupDraftFrom(settings));
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction();
  const check = setupPatch(draft);
  const errors = showErrors && !check.ok ? check.errors : new Map<keyof SetupDraft, string>();
  const change = (patch: Partial<SetupDraft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    setShowErrors(true);
    if (!check.ok) return;
    await action.run(() => getBridge().settings.update(check.patch));
  };

  return (
    <section className="screen-page first-run" aria-labelledby="first-run-title">
      <header className="screen-header">
        <div>
          <h1 id="first-run-title" className="screen-title">
            Welcome to Dialdeck
          </h1>
          <p className="screen-summary muted">
            Four things before your first call. You can change each later in Settings.
          </p>
        </div>
      </header>
      <SaveForm className="panel settings-section" aria-label="First-run setup" onSave={save}>
        <div className="settings-grid">
          <TextField
            id="setup-rep-name"
            label="Your name"
            hint="What call scripts say to the prospect: “Hi, this is …”."
            error={errors.get('repName')}
            testId="setup-rep-name"
            maxLength={80}
            autoComplete="name"
            autoFocus
            value={draft.repName}
            onChange={(repName) => change({ repName })}
          />
          <div className="field">
            <span className="field-label" id="setup-zone-label">
              Your time zone
            </span>
            <TimeZoneCombobox
              label="Your time zone"
              value={draft.repTimeZone}
              placeholder="A city, country, or a name like Eastern or EST"
              testId="setup-time-zone"
              onChange={(repTimeZone) => change({ repTimeZone })}
            />
            <span className="field-hint">
              From this computer. Type a city, a country, or a name like “Eastern” or “EST”.
            </span>
            <FieldProblem message={errors.get('repTimeZone')} />
          </div>
          <Field
            label="Your country"
            htmlFor="setup-country"
            hint="Numbers at home show in national format; imports read numbers without a country code as here."
          >
            <CountrySelect
              id="setup-country"
              value={draft.repCountry}
              onChange={(code) => code && change({ repCountry: code })}
            />
          </Field>
          <RadioGroup
            {...DIAL_MODE_CHOICE}
            name="setup-dial-mode"
            value={draft.dialMode}
            onChange={(dialMode) => change({ dialMode })}
          />
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            data-testid="setup-done"
            aria-disabled={action.busy ? 'true' : undefined}
          >
            Start dialing
          </button>
          <span className="muted">Enter in any field does the same.</span>
        </div>
        <ErrorText message={action.error} />
      </SaveForm>
    </section>
  );
}
