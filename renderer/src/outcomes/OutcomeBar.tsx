import type { Disposition } from '../../../shared/domain/disposition';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { useEffect, useRef } from 'react';
import { Kbd } from '../ui/Kbd';

interface OutcomeBarProps {
  dispositions: readonly Disposition[];
  draft: SessionSnapshot['draft'];
  /** Outcomes can be chosen now (connected or wrap-up). */
  open: boolean;
  labelOf: (code: string) => string;
  onChoose: (code: string) => void;
}

/** One button per outcome with its key; the chosen one is marked, an automatic one says so. */
export function OutcomeBar({ dispositions, draft, open, labelOf, onChoose }: OutcomeBarProps) {
  const chosen = draft?.outcomeCode ?? null;
  const chosenElsewhere = chosen !== null && !dispositions.some((d) => d.code === chosen);
  const chosenDnc = dispositions.find((d) => d.code === chosen && d.flags.dnc) ?? null;
  const bar = useRef<HTMLDivElement>(null);
  // On a short screen the list scrolls: the outcome picked by key stays in sight.
  useEffect(() => {
    bar.current?.querySelector('[aria-pressed="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);
  return (
    <section className="panel outcome-panel" aria-label="Outcome">
      <h2 className="panel-title">
        Outcome
        {draft?.automatic && chosen && <span className="outcome-auto">set automatically</span>}
      </h2>
      <div
        className={open ? 'outcome-bar' : 'outcome-bar is-closed'}
        ref={bar}
        data-testid="outcome-bar"
        role="group"
        aria-label="Choose an outcome"
      >
        {dispositions.map((disposition) => (
          <button
            key={disposition.code}
            type="button"
            className={outcomeClass(disposition, disposition.code === chosen)}
            data-testid={`outcome-${disposition.code}`}
            aria-pressed={disposition.code === chosen}
            aria-disabled={open ? undefined : 'true'}
            aria-keyshortcuts={disposition.hotkey ?? undefined}
            onClick={() => onChoose(disposition.code)}
          >
            {disposition.hotkey ? <Kbd>{disposition.hotkey}</Kbd> : <span className="kbd-spacer" />}
            <span className="outcome-label">{disposition.label}</span>
            <FlagMarks disposition={disposition} />
          </button>
        ))}
        {chosenDnc && draft && <DncPrompt disposition={chosenDnc} confirmed={draft.dncConfirmed} />}
        {chosenElsewhere && (
          <span className="outcome-button is-selected outcome-system" role="status">
            <span className="outcome-label">{labelOf(chosen)}</span>
          </span>
        )}
      </div>
    </section>
  );
}

function outcomeClass(disposition: Disposition, selected: boolean): string {
  const classes = ['outcome-button'];
  if (selected) classes.push(disposition.flags.dnc ? 'is-selected is-danger' : 'is-selected');
  if (disposition.flags.conversion) classes.push('outcome-conversion');
  else if (disposition.flags.dnc) classes.push('outcome-dnc');
  return classes.join(' ');
}

/** A do-not-call outcome is kept only when chosen twice: the second time is on purpose. */
function DncPrompt({ disposition, confirmed }: { disposition: Disposition; confirmed: boolean }) {
  const again = disposition.hotkey ? `Press ${disposition.hotkey} again` : 'Choose it again';
  return (
    <p className="dnc-prompt" role="status" data-testid="dnc-prompt">
      {confirmed
        ? 'Confirmed: saving puts this number on the do-not-call list (U undoes it).'
        : `${again} to confirm: this number goes on the do-not-call list.`}
    </p>
  );
}

function FlagMarks({ disposition }: { disposition: Disposition }) {
  const { flags } = disposition;
  const marks: string[] = [];
  if (flags.callback) marks.push('asks a time');
  if (flags.dnc) marks.push('DNC');
  if (marks.length === 0) return null;
  return <span className="outcome-flags">{marks.join(' · ')}</span>;
}
