import type { PublicSettings, SecretName } from '../../../shared/domain/settings';
import type { SettingsDraftForm } from '../settings/use-settings-draft';
import { TextField } from '../ui/TextField';
import { SecretField } from './SecretField';

/** A text setting on a line's set-up form: the input's id (also its test hook) and its words. */
interface SetupTextField {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
}

/** A write-only secret on a line's set-up form, as SecretField takes it. */
interface SetupSecretField {
  name: SecretName;
  label: string;
  hint: string;
  testId: string;
}

/** Renders a set-up form's text settings from its fields table, and its secrets. */
export function setupFields<Key extends string, Draft extends Record<Key, string>>(
  settings: PublicSettings,
  form: SettingsDraftForm<Draft>,
  fields: Readonly<Record<Key, SetupTextField>>,
) {
  const { draft, change, errors } = form;
  const text = (key: Key) => {
    const field = fields[key];
    return (
      <TextField
        id={field.id}
        label={field.label}
        hint={field.hint}
        error={errors.get(key)}
        testId={field.id}
        placeholder={field.placeholder}
        spellCheck={false}
        autoComplete="off"
        value={draft[key]}
        onChange={(value) => change({ [key]: value } as Partial<Draft>)}
      />
    );
  };
  const secret = (field: SetupSecretField) => (
    <SecretField {...field} isSet={settings.secretsSet[field.name]} />
  );
  return { text, secret };
}
