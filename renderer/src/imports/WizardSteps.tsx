import type { WizardState } from './import-wizard-state';

const STEPS = ['File', 'Columns', 'Import', 'Report'] as const;

function stepIndex(state: WizardState): number {
  switch (state.step) {
    case 'choose':
      return 0;
    case 'uploading':
    case 'review':
      return 1;
    case 'committing':
      return 2;
    case 'report':
    case 'cancelled':
    case 'failed':
      return 3;
  }
}

/** Where the import is: File → Columns → Import → Report. */
export function WizardSteps({ state }: { state: WizardState }) {
  const current = stepIndex(state);
  return (
    <ol className="wizard-steps" aria-label="Import steps">
      {STEPS.map((label, index) => (
        <li
          key={label}
          className={index < current ? 'is-done' : index === current ? 'is-current' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="wizard-step-number">{index + 1}</span> {label}
        </li>
      ))}
    </ol>
  );
}
