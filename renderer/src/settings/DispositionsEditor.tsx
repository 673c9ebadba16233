import { useState } from 'react';
import type { Disposition } from '../../../shared/domain/disposition';
import { SET_BY_SUPERVISOR } from '../../../shared/domain/team-mode';
import type { Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { DiscardButton } from '../ui/DiscardButton';
import { ErrorText } from '../ui/ErrorText';
import {
  blankDisposition,
  checkDispositions,
  draftFromDispositions,
  FLAG_LABELS,
  moveRow,
} from './disposition-draft';
import { DispositionRow } from './DispositionRow';
import { useUnsavedChanges } from '../shell/unsaved-changes';

interface DispositionsEditorProps {
  dispositions: readonly Disposition[];
  /** A rep on a team hub: the outcomes are the team's, shown but not edited here. */
  setByTeam: boolean;
  /** Where a save goes: the rep's own list unless told (a team campaign's, by a supervisor). */
  update?: (list: Disposition[]) => Promise<Result<Disposition[]>>;
  title?: string;
}

/** The outcomes reps record, with their keys 1–9 and what each does to the lead. */
export function DispositionsEditor(props: DispositionsEditorProps) {
  const { dispositions, setByTeam } = props;
  const update = props.update ?? ((list) => getBridge().dispositions.update(list));
  const [drafts, setDrafts] = useState(() => draftFromDispositions(dispositions));
  const [showProblems, setShowProblems] = useState(false);
  const action = useAction();
  const check = checkDispositions(drafts);
  const problems = showProblems && !check.ok ? check.problems : new Map<number, string[]>();
  const dirty = JSON.stringify(drafts) !== JSON.stringify(draftFromDispositions(dispositions));
  const discard = () => {
    setDrafts(draftFromDispositions(dispositions));
    setShowProblems(false);
  };
  useUnsavedChanges('Outcomes', dirty, discard);

  const save = async () => {
    setShowProblems(true);
    if (!check.ok) return;
    const saved = await action.run(() => update(check.dispositions));
    if (saved === null) return;
    setDrafts(draftFromDispositions(saved));
    setShowProblems(false);
  };

  return (
    <section className="panel settings-section" aria-labelledby="dispositions-title">
      <h2 id="dispositions-title">{props.title ?? 'Outcomes'}</h2>
      <p className="muted">
        The outcomes on the dialer, in this order, each with its key. Busy and failed calls get
        their outcome by themselves.
      </p>
      {setByTeam && (
        <p className="banner notice-banner" data-testid="dispositions-set-by-team">
          {SET_BY_SUPERVISOR} They count the team’s contacts and conversions, so only your
          supervisor changes them.
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={setByTeam}>
        <div className="table-scroll">
          <table className="data-table dispositions-table" data-testid="dispositions-editor">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Code</th>
                <th scope="col">Label</th>
                {FLAG_LABELS.map(({ flag, label, hint }) => (
                  <th key={flag} scope="col" className="flag-cell" title={hint}>
                    {label}
                  </th>
                ))}
                <th scope="col">Retry after (min)</th>
                <th scope="col">
                  <span className="visually-hidden">Order and removal</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft, index) => (
                <DispositionRow
                  key={index}
                  index={index}
                  count={drafts.length}
                  draft={draft}
                  problems={problems.get(index) ?? []}
                  onChange={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
                  onMove={(to) => setDrafts(moveRow(drafts, index, to))}
                  onRemove={() => setDrafts(drafts.filter((_, i) => i !== index))}
                />
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      {(problems.get(-1) ?? []).map((problem) => (
        <ErrorText key={problem} message={problem} />
      ))}
      {!setByTeam && (
        <div className="form-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setDrafts([...drafts, blankDisposition(drafts)])}
          >
            Add an outcome
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="dispositions-save"
            aria-disabled={dirty && !action.busy ? undefined : 'true'}
            onClick={() => dirty && !action.busy && void save()}
          >
            Save outcomes
          </button>
          <DiscardButton dirty={dirty} onDiscard={discard} />
          {showProblems && !check.ok && (
            <span className="field-hint is-bad">Fix the rows marked above, then save.</span>
          )}
        </div>
      )}
      <ErrorText message={action.error} />
    </section>
  );
}
