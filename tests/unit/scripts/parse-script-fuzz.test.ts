import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseScript,
  plainTextOf,
  type InlineRun,
  type ScriptBlock,
} from '../../../shared/scripts';

const RUN_TYPES = new Set(['text', 'bold', 'italic', 'code', 'merge-field']);
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'quote']);

function everyNode(blocks: readonly ScriptBlock[], visit: (type: string) => void): void {
  const visitRuns = (runs: readonly InlineRun[]): void => {
    for (const run of runs) {
      visit(run.type);
      if (run.type === 'bold' || run.type === 'italic') visitRuns(run.children);
    }
  };
  for (const block of blocks) {
    visit(block.type);
    if (block.type === 'paragraph' || block.type === 'heading') visitRuns(block.runs);
    if (block.type === 'quote') everyNode(block.blocks, visit);
    if (block.type === 'list') {
      for (const item of block.items) {
        visitRuns(item.runs);
        everyNode(item.children, visit);
      }
    }
  }
}

const markdownish = fc
  .array(
    fc.constantFrom(
      '#',
      '## ',
      '### ',
      '- ',
      '1. ',
      '> ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '*',
      '**',
      '_',
      '`',
      '{{',
      '}}',
      '|',
      '\\',
      'first_name',
      'Hi',
      ' there',
      '<b>',
      'é',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parseScript on any input', () => {
  it('never throws and yields only the known node types', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ maxLength: 200 })), (markdown) => {
        const script = parseScript(markdown, new Map([['first_name', 'Dana']]));
        for (const section of script.sections) {
          everyNode(section.blocks, (type) =>
            expect(RUN_TYPES.has(type) || BLOCK_TYPES.has(type)).toBe(true),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps plain prose word for word', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9,.'?!]{0,7}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
        const prose = words.join(' ');
        const block = parseScript(`## S\n${prose}`).sections[0]?.blocks[0];
        expect(block?.type === 'paragraph' && plainTextOf(block.runs)).toBe(prose);
      }),
    );
  });
});
