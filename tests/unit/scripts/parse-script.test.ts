import { describe, expect, it } from 'vitest';
import {
  INTRO_SECTION_TITLE,
  UNTITLED_SCRIPT,
  missingMergeFields,
  parseScript,
  type InlineRun,
  type ScriptBlock,
} from '../../../shared/scripts';

const text = (value: string): InlineRun => ({ type: 'text', text: value });
const paragraph = (value: string): ScriptBlock => ({ type: 'paragraph', runs: [text(value)] });
const item = (value: string, children: ScriptBlock[] = []) => ({ runs: [text(value)], children });

describe('parseScript: sections', () => {
  const script = parseScript(
    [
      '# Inbound quote',
      'Book the visit.',
      '',
      '## Opening',
      'Hello.',
      '## Objections ##',
      '### Too expensive',
      'Acknowledge it.',
      '## Objections',
      '##',
      '## Clôture & suivi',
    ].join('\n'),
  );

  it('takes the title from the first # heading', () => {
    expect(script.title).toBe('Inbound quote');
  });

  it('opens a section at each ## line, in order, with unique slug ids', () => {
    expect(script.sections.map(({ id, title }) => [id, title])).toEqual([
      ['intro', INTRO_SECTION_TITLE],
      ['opening', 'Opening'],
      ['objections', 'Objections'],
      ['objections-2', 'Objections'],
      ['section', ''],
      ['cloture-suivi', 'Clôture & suivi'],
    ]);
  });

  it('keeps the text before the first section as an intro, and deeper headings inside sections', () => {
    expect(script.sections[0]?.blocks).toEqual([paragraph('Book the visit.')]);
    expect(script.sections[2]?.blocks).toEqual([
      { type: 'heading', level: 3, runs: [text('Too expensive')] },
      paragraph('Acknowledge it.'),
    ]);
    expect(script.sections[3]?.blocks).toEqual([]);
  });

  it('gives a script without a title or intro a default title and only its sections', () => {
    const untitled = parseScript('\r\n## Close\r\nAsk for the visit.\r\n');
    expect(untitled.title).toBe(UNTITLED_SCRIPT);
    expect(untitled.sections).toEqual([
      { id: 'close', title: 'Close', blocks: [paragraph('Ask for the visit.')] },
    ]);
    expect(parseScript('')).toEqual({ title: UNTITLED_SCRIPT, sections: [] });
  });

  it('merges fields into titles but keeps ids independent of the lead', () => {
    const markdown = '# Call {{first_name|there}}\n## For {{company}}\nHi.';
    const forDana = parseScript(markdown, new Map([['company', 'Acme']]));
    expect(forDana.title).toBe('Call there');
    expect(forDana.sections[0]).toMatchObject({ id: 'for-company', title: 'For Acme' });
    expect(parseScript(markdown).sections[0]).toMatchObject({
      id: 'for-company',
      title: 'For ⟦company⟧',
    });
  });
});

describe('parseScript: blocks', () => {
  const blocksOf = (markdown: string) => parseScript(`## S\n${markdown}`).sections[0]?.blocks;

  it('joins wrapped lines into one paragraph and splits paragraphs at blank lines', () => {
    expect(blocksOf('First line\n  wrapped.\n\nSecond.\n---\nThird.')).toEqual([
      paragraph('First line wrapped.'),
      paragraph('Second.'),
      paragraph('Third.'),
    ]);
  });

  it('reads bullet and numbered lists, with the start number', () => {
    expect(blocksOf('- one\n* two\n\n3. three\n4) four')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [item('one'), item('two')] },
      { type: 'list', ordered: true, start: 3, items: [item('three'), item('four')] },
    ]);
  });

  it('nests indented lists and carries wrapped lines into their item', () => {
    expect(
      blocksOf('1. Price\n   said lazily\n  - Acknowledge\n  - Ask\n2. Timing\nlazy line'),
    ).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 1,
        items: [
          item('Price said lazily', [
            {
              type: 'list',
              ordered: false,
              start: 1,
              items: [item('Acknowledge'), item('Ask')],
            },
          ]),
          item('Timing lazy line'),
        ],
      },
    ]);
  });

  it('keeps a loose list together across blank lines', () => {
    expect(blocksOf('- one\n\n- two\n\n  more about two\n\nAfter.')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [item('one'), item('two', [paragraph('more about two')])],
      },
      paragraph('After.'),
    ]);
  });

  it('reads quotes with their own blocks, lazy lines included', () => {
    expect(blocksOf('> Never argue.\ncontinued\n>\n> - listen\n\nAfter.')).toEqual([
      {
        type: 'quote',
        blocks: [
          paragraph('Never argue. continued'),
          { type: 'list', ordered: false, start: 1, items: [item('listen')] },
        ],
      },
      paragraph('After.'),
    ]);
  });

  it('does not open a section at an indented or quoted ## line', () => {
    const script = parseScript('## S\n- item\n  ## inner\n> ## quoted');
    expect(script.sections).toHaveLength(1);
    expect(script.sections[0]?.blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [item('item', [{ type: 'heading', level: 2, runs: [text('inner')] }])],
      },
      { type: 'quote', blocks: [{ type: 'heading', level: 2, runs: [text('quoted')] }] },
    ]);
  });

  it('reads tab-indented nesting like spaces', () => {
    expect(blocksOf('- a\n\t- b')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [item('a', [{ type: 'list', ordered: false, start: 1, items: [item('b')] }])],
      },
    ]);
  });
});

describe('missingMergeFields', () => {
  it('lists, once each, the fields with neither value nor fallback, wherever they sit', () => {
    const script = parseScript(
      [
        '## Opening',
        'Hi {{first_name}}, {{nickname|friend}}.',
        '- **{{monthly_bill}}** a month',
        '> *{{first_name}}* again, {{company}}',
      ].join('\n'),
      new Map([['company', 'Acme']]),
    );
    expect(missingMergeFields(script)).toEqual(['first_name', 'monthly_bill']);
  });
});
