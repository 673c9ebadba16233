interface ProgressBarProps {
  label: string;
  /** 0..max; null while the total is unknown (the bar then runs without a value). */
  value: number | null;
  max: number;
  /** What the numbers mean now: "3.2 of 12 MB · 24,000 rows". */
  detail: string;
  testId?: string;
}

/** A native progress bar (no inline styles under the CSP) with its label and numbers. */
export function ProgressBar({ label, value, max, detail, testId }: ProgressBarProps) {
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-label">
        <span>{label}</span>
        <span className="muted progress-detail">{detail}</span>
      </div>
      <progress
        className="progress-bar"
        aria-label={label}
        max={max}
        {...(value === null ? {} : { value: Math.min(value, max) })}
      />
    </div>
  );
}
