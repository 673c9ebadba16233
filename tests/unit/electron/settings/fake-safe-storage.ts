import type { SafeStorageLike } from '../../../../electron/main/settings/safe-storage-cipher';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** Stands in for the OS keychain: a reversible byte scramble that never leaves the text readable. */
export class FakeSafeStorage implements SafeStorageLike {
  encryptCalls = 0;
  constructor(
    public available = true,
    public backend: Backend = 'gnome_libsecret',
  ) {}
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): Backend {
    return this.backend;
  }
  encryptString(plainText: string): Buffer {
    this.encryptCalls++;
    return Buffer.concat([Buffer.from('v10'), scramble(Buffer.from(plainText, 'utf8'))]);
  }
  decryptString(encrypted: Buffer): string {
    if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting');
    return scramble(encrypted.subarray(3)).toString('utf8');
  }
}

function scramble(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((byte) => byte ^ 0xa5));
}
