import { describe, expect, it } from 'vitest';
import { mergeFieldsForLead, parseScript } from '../../../shared/scripts';
import { mergeFieldList } from '../../../renderer/src/lead-page/merge-field-list';

describe("the lead page's merge fields", () => {
  it('lists each field of the script once with what it shows for this lead, null when missing', () => {
    const values = mergeFieldsForLead(
      {
        firstName: 'Grace',
        lastName: 'Kim',
        company: '',
        source: null,
        custom: { product: 'Solar panels' },
      },
      { displayName: 'Ana' },
    );
    const script = parseScript(
      [
        '# Intro',
        'Hi {{first_name}}, this is {{rep_name}}.',
        '## Offer',
        '- **{{product}}** for {{company|your company}}',
        '> {{first_name}} asked about {{budget}}',
      ].join('\n'),
      values,
    );
    expect(mergeFieldList(script)).toEqual([
      { name: 'first_name', shown: 'Grace' },
      { name: 'rep_name', shown: 'Ana' },
      { name: 'product', shown: 'Solar panels' },
      { name: 'company', shown: 'your company' },
      { name: 'budget', shown: null },
    ]);
  });
});
