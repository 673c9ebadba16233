import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  mergeFieldsForLead,
  missingMergeFields,
  parseScript,
  plainTextOf,
  type MergeFieldLead,
} from '../../../shared/scripts';

const readScript = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../../resources/scripts/${name}`, import.meta.url)),
    'utf8',
  );

const dana: MergeFieldLead = {
  firstName: 'Dana',
  lastName: 'Reyes',
  company: '',
  source: null,
  custom: {},
};
const sam = { displayName: 'Sam Ortiz' };

const sectionIds = (script: ReturnType<typeof parseScript>) =>
  script.sections.map((section) => section.id);

describe('default inbound-lead script', () => {
  const script = parseScript(readScript('inbound-lead.md'), mergeFieldsForLead(dana, sam));

  it('has the sections a rep jumps between', () => {
    expect(script.title).toBe('Inbound lead: first call');
    expect(sectionIds(script)).toEqual(['intro', 'opening', 'discovery', 'objections', 'close']);
  });

  it('answers four to five common objections, one heading each', () => {
    const objections = script.sections.find((section) => section.id === 'objections');
    const headings = (objections?.blocks ?? []).flatMap((block) =>
      block.type === 'heading' && block.level === 3 ? [plainTextOf(block.runs)] : [],
    );
    expect(headings).toHaveLength(5);
    expect(headings[0]).toBe('"It\'s too expensive." / "I can\'t afford it right now."');
  });

  it('greets the lead by name as the rep, falling back on the columns a campaign may lack', () => {
    const opening = script.sections.find((section) => section.id === 'opening');
    const greeting = opening?.blocks[1];
    expect(greeting?.type === 'paragraph' && plainTextOf(greeting.runs)).toBe(
      '"Hi Dana, this is Sam Ortiz from Brightline Home Energy. You asked us about lowering your ' +
        'energy bills through our website a little earlier, so I wanted to call you back ' +
        'personally. Do you have two minutes right now?"',
    );
    expect(missingMergeFields(script)).toEqual([]);
  });

  it('marks the first name where a lead has none instead of leaving a gap', () => {
    const nameless = parseScript(
      readScript('inbound-lead.md'),
      mergeFieldsForLead({ ...dana, firstName: '' }, sam),
    );
    expect(missingMergeFields(nameless)).toEqual(['first_name']);
  });
});

describe('default callback script', () => {
  it('is short: opening, recap, decision, close', () => {
    const script = parseScript(readScript('callback.md'), mergeFieldsForLead(dana, sam));
    expect(script.title).toBe('Callback');
    expect(sectionIds(script)).toEqual(['intro', 'opening', 'recap', 'decision', 'close']);
    expect(missingMergeFields(script)).toEqual([]);
  });
});
