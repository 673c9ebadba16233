import { useDeferredValue, useMemo } from 'react';
import { missingFieldMark } from '../../../shared/scripts';
import { ScriptBlocks } from '../script/ScriptBlocks';
import { previewScript } from './script-preview';

interface ScriptEditorProps {
  markdown: string;
  /** The script used while this one is empty. */
  defaultMarkdown: string | null;
  repName: string;
  onChange: (markdown: string) => void;
}

/** The call script in Markdown, beside the script panel as a rep would see it for a sample lead. */
export function ScriptEditor({ markdown, defaultMarkdown, repName, onChange }: ScriptEditorProps) {
  // The preview follows the typing without holding up a keystroke.
  const deferred = useDeferredValue(markdown);
  const usesDefault = deferred.trim() === '';
  const shown = usesDefault ? (defaultMarkdown ?? '') : deferred;
  const preview = useMemo(() => previewScript(shown, repName), [shown, repName]);
  return (
    <fieldset className="form-section script-editor">
      <legend className="panel-title">Call script</legend>
      <p className="muted form-section-help">
        Markdown: <code># Title</code>, <code>## Section</code> (a key away for the rep),{' '}
        <code>**bold**</code>, lists. Merge fields: <code>{'{{first_name}}'}</code>,{' '}
        <code>{'{{company}}'}</code>, <code>{'{{source}}'}</code>, <code>{'{{rep_name}}'}</code>,
        any imported column such as <code>{'{{industry}}'}</code>, with a fallback:{' '}
        <code>{'{{first_name|there}}'}</code>. Left empty, the default script is used.
      </p>
      <div className="script-editor-panes">
        <textarea
          className="text-input script-source"
          aria-label="Call script, in Markdown"
          data-testid="campaign-script"
          spellCheck
          value={markdown}
          onChange={(event) => onChange(event.target.value)}
        />
        <div className="script-preview" aria-label="Preview for a sample lead, Jordan Rivera">
          <div className="script-preview-head">
            <span className="panel-title">Preview · sample lead Jordan Rivera</span>
            {preview.unknownFields.length > 0 && (
              <p className="script-missing" data-testid="script-unknown-fields">
                Not a lead field (filled only for leads imported with such a column):{' '}
                {preview.unknownFields.map(missingFieldMark).join(', ')}
              </p>
            )}
          </div>
          <div className="script-body">
            {usesDefault && (
              <p className="muted">
                Empty: this campaign uses the default script, shown here.{' '}
                {defaultMarkdown !== null && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChange(defaultMarkdown)}
                  >
                    Start from it
                  </button>
                )}
              </p>
            )}
            <h3 className="script-preview-title">{preview.script.title}</h3>
            {preview.script.sections.map((section, index) => (
              <section key={section.id} className="script-section">
                <h4 className="script-section-title">
                  <span className="muted">Alt+{index + 1} </span>
                  {section.title}
                </h4>
                <ScriptBlocks blocks={section.blocks} />
              </section>
            ))}
          </div>
        </div>
      </div>
    </fieldset>
  );
}
