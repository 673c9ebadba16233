import type { CallScript } from '../../../shared/scripts';
import { mergeFieldsForLead, missingMergeFields, parseScript } from '../../../shared/scripts';

/** A made-up lead for the preview, so known merge fields show as values. */
const SAMPLE_LEAD = {
  firstName: 'Jordan',
  lastName: 'Rivera',
  company: 'Rivera Roofing',
  source: 'Website form',
  custom: {},
};

export interface ScriptPreview {
  script: CallScript;
  /** Merge fields that are not lead fields: filled only for leads imported with such a column. */
  unknownFields: string[];
}

/** The script as a rep will see it for a sample lead, and the merge fields it cannot fill. */
export function previewScript(markdown: string, repName: string): ScriptPreview {
  const fields = mergeFieldsForLead(SAMPLE_LEAD, { displayName: repName });
  const script = parseScript(markdown, fields);
  return { script, unknownFields: missingMergeFields(script) };
}
