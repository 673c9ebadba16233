import { describe, expect, it } from 'vitest';
import { EMPTY_LEAD_SEARCH } from '../../../../shared/domain/lead-search';
import { argumentSchemas, describeValidationError } from '../../../../shared/ipc/validators';

const check = (method: 'leads.search' | 'leads.edit', args: unknown[]) => {
  const parsed = argumentSchemas[method].safeParse(args);
  return parsed.success ? 'ok' : describeValidationError(method, parsed.error);
};

describe('search and edit arguments', () => {
  it('refuses a search of 10,000 characters with a message a person can act on', () => {
    expect(check('leads.search', [{ ...EMPTY_LEAD_SEARCH, text: 'a'.repeat(10_000) }])).toBe(
      'Invalid arguments for leads.search (argument 0.text): a search of at most 200 characters (a name, a number, an email).',
    );
    expect(check('leads.search', [{ ...EMPTY_LEAD_SEARCH, text: 'a'.repeat(200) }])).toBe('ok');
  });

  it('refuses an unknown sort column, status or field', () => {
    expect(
      check('leads.search', [{ ...EMPTY_LEAD_SEARCH, sort: 'rowid; DROP TABLE leads' }]),
    ).toMatch(/^Invalid arguments for leads.search \(argument 0.sort\)/);
    expect(check('leads.search', [{ ...EMPTY_LEAD_SEARCH, statuses: ['gone'] }])).toMatch(
      /argument 0.statuses.0/,
    );
    expect(check('leads.edit', [1, { status: 'done' }])).toMatch(
      /^Invalid arguments for leads.edit/,
    );
    expect(check('leads.edit', [1, { phone: '303 555 0176', owner: null }])).toBe('ok');
    expect(check('leads.edit', [1, { source: 'Web form' }])).toBe('ok');
    expect(check('leads.edit', [1, { source: 'x'.repeat(201) }])).toMatch(
      /^Invalid arguments for leads.edit \(argument 1.source\)/,
    );
  });
});
