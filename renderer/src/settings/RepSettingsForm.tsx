import type { PublicSettings } from '../../../shared/domain/settings';
import { CountrySelect } from '../ui/CountrySelect';
import { Field } from '../ui/Field';
import { TimeZoneCombobox } from '../ui/TimeZoneCombobox';
import { draftFromSettings, settingsPatch } from './settings-draft';
import { SettingsFormActions } from './SettingsFormActions';
import { useSettingsDraft } from './use-settings-draft';

/** Who the rep is and how the dialer works for them. */
export function RepSettingsForm({ settings }: { settings: PublicSettings }) {
  const form = useSettingsDraft(settings, draftFromSettings, settingsPatch);
  const { draft, change, errors, save } = form;

  return (
    <form
      className="panel settings-section"
      // The fields' problems are shown in words beside them, not as the browser's bubbles.
      noValidate
      aria-labelledby="rep-settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="rep-settings-title">You and your dialer</h2>
      <div className="settings-grid">
        <Field
          label="Your name"
          htmlFor="rep-name"
          hint="Fills {{rep_name}} in call scripts."
          error={errors.get('repName')}
        >
          <input
            id="rep-name"
            className="text-input"
            data-testid="settings-rep-name"
            maxLength={80}
            value={draft.repName}
            onChange={(event) => change({ repName: event.target.value })}
          />
        </Field>
        <Field
          label="Rep id"
          htmlFor="rep-id"
          hint="Your id on the team floor; change it only when your supervisor asks."
          error={errors.get('repId')}
        >
          <input
            id="rep-id"
            className="text-input"
            maxLength={64}
            spellCheck={false}
            value={draft.repId}
            onChange={(event) => change({ repId: event.target.value })}
          />
        </Field>
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
        <fieldset className="field radio-row">
          <legend className="field-label">Dial mode</legend>
          <label className="radio">
            <input
              type="radio"
              name="dial-mode"
              checked={draft.dialMode === 'power'}
              onChange={() => change({ dialMode: 'power' })}
            />
            Power: the next lead is dialed as soon as the outcome is saved
          </label>
          <label className="radio">
            <input
              type="radio"
              name="dial-mode"
              checked={draft.dialMode === 'preview'}
              onChange={() => change({ dialMode: 'preview' })}
            />
            Preview: you see the next lead and press Space to dial
          </label>
        </fieldset>
        <Field
          label="Wrap-up time (seconds)"
          htmlFor="wrap-up-seconds"
          hint="After a call, to choose the outcome and write the note."
          error={errors.get('wrapUpSeconds')}
        >
          <input
            id="wrap-up-seconds"
            type="number"
            min={1}
            max={600}
            className="text-input number-input"
            value={draft.wrapUpSeconds}
            onChange={(event) => change({ wrapUpSeconds: event.target.value })}
          />
        </Field>
        <Field
          label="Callback reminder (minutes before)"
          htmlFor="callback-reminder"
          hint="0 reminds you at the promised time."
          error={errors.get('callbackReminderMinutes')}
        >
          <input
            id="callback-reminder"
            type="number"
            min={0}
            max={60}
            className="text-input number-input"
            value={draft.callbackReminderMinutes}
            onChange={(event) => change({ callbackReminderMinutes: event.target.value })}
          />
        </Field>
      </div>
      <SettingsFormActions form={form} saveLabel="Save" saveTestId="settings-save" discardable />
    </form>
  );
}
