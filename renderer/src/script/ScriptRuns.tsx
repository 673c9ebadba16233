import { missingFieldMark } from '../../../shared/scripts';
import type { InlineRun } from '../../../shared/scripts';

/** Inline runs as React elements; a merge field with no value is marked, never left blank. */
export function ScriptRuns({ runs }: { runs: readonly InlineRun[] }) {
  return runs.map((run, index) => <ScriptRun key={index} run={run} />);
}

function ScriptRun({ run }: { run: InlineRun }) {
  switch (run.type) {
    case 'text':
      return run.text;
    case 'bold':
      return (
        <strong>
          <ScriptRuns runs={run.children} />
        </strong>
      );
    case 'italic':
      return (
        <em>
          <ScriptRuns runs={run.children} />
        </em>
      );
    case 'code':
      return <code>{run.text}</code>;
    case 'merge-field':
      return run.value === null ? (
        <mark className="merge-field merge-field-missing" title={`No value for “${run.name}”`}>
          {missingFieldMark(run.name)}
        </mark>
      ) : (
        <span className="merge-field">{run.value}</span>
      );
  }
}
