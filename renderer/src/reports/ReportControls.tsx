import { useId } from 'react';
import type { ReportBreakdown, ReportPeriod } from '../../../shared/reports/kpi-report';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { BREAKDOWN_CHOICES, PERIOD_CHOICES } from './report-choices';
import type { RangeCheck, RangeDraft } from './report-range';

interface ReportControlsProps {
  range: RangeDraft;
  check: RangeCheck;
  period: ReportPeriod;
  breakdown: ReportBreakdown;
  onRange: (range: RangeDraft) => void;
  onPeriod: (period: ReportPeriod) => void;
  onBreakdown: (breakdown: ReportBreakdown) => void;
  onRefresh: () => void;
}

/** What the report covers: the days, how they are bucketed, and what the bars compare. */
export function ReportControls(props: ReportControlsProps) {
  const { range, check, onRange } = props;
  const id = useId();
  const problems = check.ok ? {} : check.problems;
  return (
    <form
      className="report-controls"
      aria-label="Report range and grouping"
      onSubmit={(event) => {
        event.preventDefault();
        props.onRefresh();
      }}
    >
      <TextField
        id={`${id}-from`}
        label="First day"
        type="date"
        testId="report-from"
        value={range.from}
        error={problems.from}
        aria-invalid={problems.from ? true : undefined}
        onChange={(from) => onRange({ ...range, from })}
      />
      <TextField
        id={`${id}-to`}
        label="Last day"
        type="date"
        testId="report-to"
        value={range.to}
        error={problems.to}
        aria-invalid={problems.to ? true : undefined}
        onChange={(to) => onRange({ ...range, to })}
      />
      <SelectField
        id={`${id}-period`}
        label="Trend by"
        testId="report-period"
        options={PERIOD_CHOICES}
        value={props.period}
        onChange={props.onPeriod}
      />
      <SelectField
        id={`${id}-breakdown`}
        label="Compare by"
        testId="report-breakdown"
        options={BREAKDOWN_CHOICES}
        value={props.breakdown}
        onChange={props.onBreakdown}
      />
      <button
        type="submit"
        className="button report-refresh"
        data-testid="report-refresh"
        disabled={!check.ok}
      >
        Refresh
      </button>
    </form>
  );
}
