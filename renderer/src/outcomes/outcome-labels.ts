import { SYSTEM_DISPOSITIONS, type Disposition } from '../../../shared/domain/disposition';

/** The label of any outcome code: the campaign's, the system's (busy, failed), or the code itself. */
export function outcomeLabeler(dispositions: readonly Disposition[]): (code: string) => string {
  const labels = new Map<string, string>();
  for (const d of [...SYSTEM_DISPOSITIONS, ...dispositions]) labels.set(d.code, d.label);
  return (code) => labels.get(code) ?? code;
}
