import { describe, expect, it } from 'vitest';
import { createOwnOrigins, originKeyOf } from '../../../electron/main/own-origins';

describe('createOwnOrigins', () => {
  const own = createOwnOrigins(['app://dialdeck', 'http://localhost:5173/']);

  it('matches any page of our origins, whatever the path', () => {
    expect(own.isOwnUrl('app://dialdeck/index.html')).toBe(true);
    expect(own.isOwnUrl('app://dialdeck')).toBe(true);
    expect(own.isOwnUrl('APP://DIALDECK/assets/x.js')).toBe(true);
    expect(own.isOwnUrl('http://localhost:5173/src/main.tsx')).toBe(true);
  });

  it('rejects look-alikes, other ports and schemes, credentials and garbage', () => {
    for (const url of [
      'app://dialdeck.evil/index.html',
      'app://evil/dialdeck',
      'app://user@dialdeck/index.html',
      'https://dialdeck/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'file:///index.html',
      'about:blank',
      'null',
      '',
    ]) {
      expect(own.isOwnUrl(url), url).toBe(false);
    }
  });

  it('keys custom schemes by protocol and host, since their WHATWG origin is "null"', () => {
    expect(new URL('app://dialdeck/x').origin).toBe('null');
    expect(originKeyOf('app://dialdeck/x')).toBe('app://dialdeck');
  });

  it('refuses to be configured with something that is not an origin', () => {
    expect(() => createOwnOrigins(['not a url'])).toThrow(/Not an origin/);
  });
});
