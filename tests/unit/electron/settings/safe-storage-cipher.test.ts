import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/result';
import { safeStorageCipher } from '../../../../electron/main/settings/safe-storage-cipher';
import { FakeSafeStorage } from './fake-safe-storage';

const SECRET = 'SKa1b2c3-twilio-secret';

describe('safeStorageCipher', () => {
  it('stores base64 of what safeStorage encrypted and reads it back', () => {
    const storage = new FakeSafeStorage();
    const cipher = safeStorageCipher(storage, 'linux');
    const sealed = cipher.encrypt(SECRET);
    expect(sealed).toBe(storage.encryptString(SECRET).toString('base64'));
    expect(sealed).not.toContain(SECRET);
    expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain(SECRET);
    expect(cipher.decrypt(sealed)).toBe(SECRET);
  });

  it('names the keychain backend it uses', () => {
    expect(safeStorageCipher(new FakeSafeStorage(), 'linux').description).toBe(
      'electron safeStorage (gnome_libsecret)',
    );
    expect(safeStorageCipher(new FakeSafeStorage(), 'darwin').description).toBe(
      'electron safeStorage',
    );
  });

  it('refuses to store a secret when encryption is unavailable, without calling encrypt', () => {
    const storage = new FakeSafeStorage(false);
    const cipher = safeStorageCipher(storage, 'win32');
    expect(() => cipher.encrypt(SECRET)).toThrow(DomainError);
    expect(() => cipher.encrypt(SECRET)).toThrow(/system keychain is not available/);
    expect(storage.encryptCalls).toBe(0);
  });

  it('refuses the Linux basic_text fallback, which is clear text in all but name', () => {
    const storage = new FakeSafeStorage(true, 'basic_text');
    const cipher = safeStorageCipher(storage, 'linux');
    let thrown: unknown;
    try {
      cipher.encrypt(SECRET);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('unavailable');
    expect((thrown as DomainError).message).toMatch(/keyring/);
    expect(storage.encryptCalls).toBe(0);
  });

  it('ignores the storage backend off Linux, where the answer has no meaning', () => {
    const cipher = safeStorageCipher(new FakeSafeStorage(true, 'basic_text'), 'darwin');
    expect(cipher.decrypt(cipher.encrypt(SECRET))).toBe(SECRET);
  });
});
