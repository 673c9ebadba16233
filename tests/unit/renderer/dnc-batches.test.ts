import { describe, expect, it } from 'vitest';
import { mergeBatchResults, splitIntoBatches } from '../../../renderer/src/dnc/dnc-batches';

describe('a do-not-call list in pieces the core takes', () => {
  it('keeps a small file in one piece, without its BOM', () => {
    expect(splitIntoBatches('\uFEFF+13125550199\r\n+13125550100\r\n')).toEqual([
      { text: '+13125550199\n+13125550100\n', lineOffset: 0 },
    ]);
  });

  it('cuts only at line ends, and counts lines across pieces', () => {
    const text = ['111', '222', '333', '444', '555'].join('\n');
    const batches = splitIntoBatches(text, 8);
    expect(batches).toEqual([
      { text: '111\n222', lineOffset: 0 },
      { text: '333\n444', lineOffset: 2 },
      { text: '555', lineOffset: 4 },
    ]);
    const merged = mergeBatchResults([
      { result: { added: 2, alreadyListed: 0, rejected: [] }, lineOffset: 0 },
      {
        result: {
          added: 1,
          alreadyListed: 0,
          rejected: [{ line: 2, value: '444', reason: 'too short' }],
        },
        lineOffset: 2,
      },
      { result: { added: 0, alreadyListed: 1, rejected: [] }, lineOffset: 4 },
    ]);
    expect(merged).toEqual({
      added: 3,
      alreadyListed: 1,
      rejected: [{ line: 4, value: '444', reason: 'too short' }],
    });
  });

  it('sends nothing for an empty file', () => {
    expect(splitIntoBatches('\n\n')).toEqual([]);
  });
});
