import { missingFieldMark } from './field-name';
import type { InlineRun } from './script-ast';

/** Runs as plain text, for places that cannot style them (titles); a missing field shows its mark. */
export function plainTextOf(runs: readonly InlineRun[]): string {
  return runs.map(plainTextOfRun).join('');
}

function plainTextOfRun(run: InlineRun): string {
  switch (run.type) {
    case 'text':
    case 'code':
      return run.text;
    case 'bold':
    case 'italic':
      return plainTextOf(run.children);
    case 'merge-field':
      return run.value ?? missingFieldMark(run.name);
  }
}
