import { describe, expect, it } from 'vitest';
import { parseScript, type InlineRun } from '../../../shared/scripts';

const fields = new Map([
  ['first_name', 'Dana'],
  ['favourite_colour', 'teal'],
]);

/** The runs of a one-paragraph script. */
function runsOf(markdown: string): readonly InlineRun[] {
  const block = parseScript(markdown, fields).sections[0]?.blocks[0];
  if (block?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block?.type}`);
  return block.runs;
}

const text = (value: string): InlineRun => ({ type: 'text', text: value });
const field = (name: string, value: string | null, fallback: string | null = null): InlineRun => ({
  type: 'merge-field',
  name,
  fallback,
  value,
});

describe('merge fields', () => {
  it('takes the lead’s value', () => {
    expect(runsOf('Hi {{first_name}}!')).toEqual([
      text('Hi '),
      field('first_name', 'Dana'),
      text('!'),
    ]);
  });

  it('matches names case-insensitively with spaces, hyphens and underscores alike', () => {
    expect(runsOf('{{ First Name }} likes {{Favourite-Colour}}')).toEqual([
      field('First Name', 'Dana'),
      text(' likes '),
      field('Favourite-Colour', 'teal'),
    ]);
  });

  it('leaves an unknown field without a value so the UI marks it', () => {
    expect(runsOf('Your {{monthly_bill}} bill')).toEqual([
      text('Your '),
      field('monthly_bill', null),
      text(' bill'),
    ]);
  });

  it('uses the fallback only when the lead has no value', () => {
    expect(runsOf('Hi {{first_name|there}}, about {{ interest | solar panels }}')).toEqual([
      text('Hi '),
      field('first_name', 'Dana', 'there'),
      text(', about '),
      field('interest', 'solar panels', 'solar panels'),
    ]);
  });

  it('treats an empty fallback as none, so the field is still marked, never blank', () => {
    expect(runsOf('Hi {{nickname|  }}')).toEqual([text('Hi '), field('nickname', null)]);
  });

  it('leaves braces that are not a merge field as text', () => {
    expect(runsOf('{{}} and {{ | x}} and {{open and {x}')).toEqual([
      text('{{}} and {{ | x}} and {{open and {x}'),
    ]);
    expect(runsOf('{{{first_name}}}')).toEqual([text('{'), field('first_name', 'Dana'), text('}')]);
  });

  it('keeps braces literal when escaped or inside code', () => {
    expect(runsOf('\\{{first_name}} and `{{first_name}}`')).toEqual([
      text('{{first_name}} and '),
      { type: 'code', text: '{{first_name}}' },
    ]);
  });
});

describe('emphasis and code', () => {
  it('reads bold, italic and code around merge fields', () => {
    expect(runsOf('**Hi {{first_name}}**, *really*, `key 1`')).toEqual([
      { type: 'bold', children: [text('Hi '), field('first_name', 'Dana')] },
      text(', '),
      { type: 'italic', children: [text('really')] },
      text(', '),
      { type: 'code', text: 'key 1' },
    ]);
  });

  it('reads underscores as emphasis only around words, never inside snake_case', () => {
    expect(runsOf('_quietly_ then __firmly__ with a_snake_case_name')).toEqual([
      { type: 'italic', children: [text('quietly')] },
      text(' then '),
      { type: 'bold', children: [text('firmly')] },
      text(' with a_snake_case_name'),
    ]);
  });

  it('nests italic in bold and bold in italic', () => {
    expect(runsOf('**bold *both***')).toEqual([
      { type: 'bold', children: [text('bold '), { type: 'italic', children: [text('both')] }] },
    ]);
    expect(runsOf('*one **two** three*')).toEqual([
      {
        type: 'italic',
        children: [text('one '), { type: 'bold', children: [text('two')] }, text(' three')],
      },
    ]);
  });

  it('keeps unmatched or spaced-out markers as text', () => {
    expect(runsOf('5 * 3 * 2 = 30, a **dangling start, ___ blanks')).toEqual([
      text('5 * 3 * 2 = 30, a **dangling start, ___ blanks'),
    ]);
    expect(runsOf('an `open tick and \\*escaped\\*')).toEqual([
      text('an `open tick and *escaped*'),
    ]);
  });

  it('keeps markup-looking text as text: there is no HTML in the tree', () => {
    expect(runsOf('<img src=x onerror="alert(1)"> [link](javascript:alert(1))')).toEqual([
      text('<img src=x onerror="alert(1)"> [link](javascript:alert(1))'),
    ]);
  });
});
