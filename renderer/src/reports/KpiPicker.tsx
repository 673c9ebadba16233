import type { ReportColumnId } from './report-columns';
import { reportColumn } from './report-columns';

interface KpiPickerProps {
  /** What the buttons choose, said to a screen reader: "Trend chart shows". */
  label: string;
  choices: readonly ReportColumnId[];
  value: ReportColumnId;
  onChange: (id: ReportColumnId) => void;
  testId: string;
}

/** Which KPI a chart draws: a row of toggle buttons, the one drawn pressed. */
export function KpiPicker({ label, choices, value, onChange, testId }: KpiPickerProps) {
  return (
    <div className="segmented" role="group" aria-label={label} data-testid={testId}>
      {choices.map((id) => (
        <button
          key={id}
          type="button"
          className="segment"
          aria-pressed={id === value}
          data-testid={`${testId}-${id}`}
          onClick={() => onChange(id)}
        >
          {reportColumn(id).shortLabel}
        </button>
      ))}
    </div>
  );
}
