import { describe, expect, it } from 'vitest';
import { wallAddress } from '../../../renderer/src/floor/wall-address';

describe("a wall screen's address", () => {
  const url = 'http://10.0.0.5:5190/wall?token=abc-_123';

  it('is the token address as the hub gives it, unless the weekly panel is asked for', () => {
    expect(wallAddress(url, false)).toBe(url);
    expect(wallAddress(url, true)).toBe('http://10.0.0.5:5190/wall?token=abc-_123&weekly=1');
  });
});
