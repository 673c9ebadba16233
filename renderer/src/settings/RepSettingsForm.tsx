import type { PublicSettings } from '../../../shared/domain/settings';
import { CountrySelect } from '../ui/CountrySelect';
import { Field } from '../ui/Field';
import { NumberField } from '../ui/NumberField';
import { RadioGroup } from '../ui/RadioGroup';
import { SaveForm } from '../ui/SaveForm';
import { TextField } from '../ui/TextField';
import { TimeZoneCombobox } from '../ui/TimeZoneCombobox';
import { DIAL_MODE_CHOICE, REP_TIMINGS } from './rep-settings-fields';
import { draftFromSettings, settingsPatch } from './settings-draft';
import { SettingsFormActions } from './SettingsFormActions';
import { useSettingsDraft } from './use-settings-draft';
import { useUnsavedChanges } from '../shell/unsaved-changes';

/** Who the rep is and how the dialer works for them. */
export function RepSettingsForm({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, draftFromSettings, settingsPatch);
  const { draft, change, errors, save } = form;
  useUnsavedChanges('You and your dialer', form.dirty, form.discard);

  return (
    <SaveForm className="panel settings-section" aria-labelledby="rep-settings-title" onSave={save}>
      <h2 id="rep-settings-title">You and your dialer</h2>
      <div className="settings-grid">
        <TextField
          id="rep-name"
          label="Your name"
          hint="Fills {{rep_name}} in call scripts."
          error={errors.get('repName')}
          testId="settings-rep-name"
          maxLength={80}
          value={draft.repName}
          onChange={(repName) => change({ repName })}
        />
        <TextField
          id="rep-id"
          label="Rep id"
          hint="Your id on the team floor; change it only when your supervisor asks."
          error={errors.get('repId')}
          maxLength={64}
          spellCheck={false}
          value={draft.repId}
          onChange={(repId) => change({ repId })}
        />
        <div className="field">
          <span className="field-label" id="rep-zone-label">
            Your time zone
          </span>
          <TimeZoneCombobox
            label="Your time zone"
            value={draft.repTimeZone}
            testId="settings-time-zone"
            onChange={(repTimeZone) => change({ repTimeZone })}
          />
          <span className="field-hint">
            Your day for today’s numbers; your clock beside the lead’s.
          </span>
        </div>
        <Field
          label="Your country"
          htmlFor="rep-country"
          hint="Numbers at home show in national format; imports read numbers without a country code as here."
        >
          <CountrySelect
            id="rep-country"
            value={draft.repCountry}
            onChange={(code) => code && change({ repCountry: code })}
          />
        </Field>
        <RadioGroup
          {...DIAL_MODE_CHOICE}
          value={draft.dialMode}
          onChange={(dialMode) => change({ dialMode })}
        />
        <label className="field" htmlFor="keep-not-on-the-line">
          <span>
            <input
              id="keep-not-on-the-line"
              type="checkbox"
              data-testid="settings-keep-not-on-the-line"
              checked={draft.keepOutcomesNotOnTheLine}
              onChange={(event) => change({ keepOutcomesNotOnTheLine: event.target.checked })}
            />{' '}
            Keep a contact or conversion outcome on a call nobody answered, marked “not on the line”
          </span>
          <span className="field-hint">
            Off: such an outcome is refused with the reason. On: it is saved on the call but counts
            in none of your numbers, nor on the team floor.
          </span>
        </label>
        <div className="field-pair" role="group" aria-label="Your shift">
          <TextField
            id="shift-start"
            label="Shift starts"
            type="time"
            value={draft.shiftStart}
            onChange={(shiftStart) => change({ shiftStart })}
          />
          <TextField
            id="shift-end"
            label="Shift ends"
            type="time"
            hint="On your clock. Pace projects today’s dials over these hours."
            error={errors.get('shiftEnd')}
            value={draft.shiftEnd}
            onChange={(shiftEnd) => change({ shiftEnd })}
          />
        </div>
        {REP_TIMINGS.map(({ key, ...timing }) => (
          <NumberField
            key={key}
            {...timing}
            error={errors.get(key)}
            value={draft[key]}
            onChange={(value) => change({ [key]: value })}
          />
        ))}
      </div>
      <SettingsFormActions form={form} saveLabel="Save" saveTestId="settings-save" discardable />
    </SaveForm>
  );
}
