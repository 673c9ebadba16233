import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import {
  blankDisposition,
  checkDispositions,
  draftFromDispositions,
  moveRow,
} from '../../../renderer/src/settings/disposition-draft';

describe('the outcomes editor', () => {
  it('saves the defaults as they are', () => {
    const check = checkDispositions(draftFromDispositions(DEFAULT_DISPOSITIONS));
    expect(check.ok && check.dispositions).toEqual(DEFAULT_DISPOSITIONS);
  });

  it('names every problem by row, as the core would refuse it', () => {
    const drafts = draftFromDispositions(DEFAULT_DISPOSITIONS);
    drafts[1] = { ...drafts[1]!, code: 'Call Back', hotkey: '1' };
    drafts[2] = { ...drafts[2]!, label: ' ', retryAfterMinutes: '0.5' };
    drafts[3] = { ...drafts[3]!, code: 'converted' };
    const check = checkDispositions(drafts.filter((d) => d.code !== 'no-answer'));
    expect(check.ok).toBe(false);
    const problems = check.ok ? new Map() : check.problems;
    expect(problems.get(1)).toEqual([
      'Code: lowercase letters, digits and dashes (up to 40).',
      'Key 1 is already used in row 1.',
    ]);
    expect(problems.get(2)).toEqual([
      'Give it a label the rep will read.',
      'Retry after: whole minutes, 1 or more, or empty for the cadence.',
    ]);
    expect(problems.get(3)).toEqual(['Code “converted” is already used in row 1.']);
    expect(problems.get(-1)).toEqual([
      'Keep the “no-answer” outcome: the dialer records it for calls nobody answers.',
    ]);
  });

  it('gives a new outcome the first free key, and moves rows', () => {
    const drafts = draftFromDispositions(DEFAULT_DISPOSITIONS.filter((d) => d.hotkey !== '4'));
    expect(blankDisposition(drafts).hotkey).toBe('4');
    expect(blankDisposition(draftFromDispositions(DEFAULT_DISPOSITIONS)).hotkey).toBeNull();
    expect(moveRow(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
