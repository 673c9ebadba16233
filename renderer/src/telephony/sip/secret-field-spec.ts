import type { SecretName } from '../../../../shared/domain/settings';

/** A write-only secret on the SIP form, as SecretField takes it. */
export interface SecretFieldSpec {
  name: Extract<SecretName, 'sipPassword' | 'sipTurnPassword'>;
  label: string;
  hint: string;
  testId: string;
}
