import { useEffect, useRef } from 'react';
import { missingFieldMark, missingMergeFields } from '../../../shared/scripts';
import { KEY_LABELS } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';
import { ScriptBlocks } from './ScriptBlocks';
import type { ScriptState } from './use-call-script';

interface ScriptPanelProps {
  script: ScriptState;
  sectionIndex: number;
  onSelectSection: (index: number) => void;
}

/** The campaign's call script for the lead on screen, with its sections one key away. */
export function ScriptPanel({ script, sectionIndex, onSelectSection }: ScriptPanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const sectionIds = script.status === 'ready' ? script.script.sections.map((s) => s.id) : [];
  const activeId = sectionIds[sectionIndex];

  useEffect(() => {
    if (activeId === undefined) return;
    const target = body.current?.querySelector(`[data-section-id="${CSS.escape(activeId)}"]`);
    if (target instanceof HTMLElement && body.current) {
      body.current.scrollTop = target.offsetTop - body.current.offsetTop;
    }
  }, [activeId]);

  return (
    <section className="panel script-panel" data-testid="script-panel" aria-label="Call script">
      {script.status === 'ready' ? (
        <>
          <header className="script-header">
            <h2 className="panel-title">{script.script.title}</h2>
            <MissingFields names={missingMergeFields(script.script)} />
          </header>
          <nav className="script-sections" aria-label="Script sections">
            {script.script.sections.map((section, index) => (
              <button
                key={section.id}
                type="button"
                className="script-section-tab"
                aria-current={index === sectionIndex ? 'true' : undefined}
                aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
                onClick={() => onSelectSection(index)}
              >
                {section.title}
                {index < 9 && <Kbd>{`Alt+${index + 1}`}</Kbd>}
              </button>
            ))}
            <span className="script-nav-hint muted">
              <Kbd>{KEY_LABELS.scriptPrevious}</Kbd> <Kbd>{KEY_LABELS.scriptNext}</Kbd> previous /
              next
            </span>
          </nav>
          <div className="script-body" ref={body} tabIndex={0} aria-label="Script text">
            {script.script.sections.map((section, index) => (
              <section
                key={section.id}
                data-section-id={section.id}
                className={index === sectionIndex ? 'script-section is-active' : 'script-section'}
                aria-labelledby={`script-section-${section.id}`}
              >
                <h3 id={`script-section-${section.id}`} className="script-section-title">
                  {section.title}
                </h3>
                <ScriptBlocks blocks={section.blocks} />
              </section>
            ))}
          </div>
        </>
      ) : (
        <p className="muted panel-empty">{emptyText(script)}</p>
      )}
    </section>
  );
}

function MissingFields({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <p className="script-missing">
      No value for this lead: {names.map(missingFieldMark).join(', ')}
    </p>
  );
}

function emptyText(script: Exclude<ScriptState, { status: 'ready' }>): string {
  switch (script.status) {
    case 'none':
      return 'The script shows with the next lead.';
    case 'loading':
      return 'Loading the call script…';
    case 'error':
      return `The call script could not be loaded: ${script.message}`;
  }
}
