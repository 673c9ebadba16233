import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafely } from '../../../electron/main/external-links';

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com', 'https://docs.example.com/a/b?c=d#e', 'HTTPS://EXAMPLE.COM/'])(
    'accepts %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://dialdeck/index.html',
    'smb://server/share',
    'ms-settings:privacy',
    'https://user:pass@example.com/',
    'https://token@example.com/',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('openExternalSafely', () => {
  it('opens a vetted https link, normalized', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    await expect(openExternalSafely(shell, 'HTTPS://Example.com')).resolves.toBe(true);
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('never calls the shell for anything else', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    await expect(openExternalSafely(shell, 'file:///bin/sh')).resolves.toBe(false);
    await expect(openExternalSafely(shell, 'http://example.com')).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
