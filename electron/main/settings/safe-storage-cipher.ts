import type { SafeStorage } from 'electron';
import { DomainError } from '../../../shared/result';
import type { SecretCipher } from '../../core/platform/settings/settings-service';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/**
 * Secrets sealed by the OS keychain through Electron safeStorage, stored as base64.
 *
 * Refuses rather than degrades: when encryption is unavailable, or on Linux when Electron fell
 * back to its `basic_text` backend (a key hard-coded in Chromium, so no better than clear text),
 * storing or reading a secret fails with a message saying what to fix. Checked on each use
 * because safeStorage only answers after the app is ready.
 */
export function safeStorageCipher(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): SecretCipher {
  const backend = () => (platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null);
  const requireKeychain = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new DomainError(
        'unavailable',
        'Dialdeck cannot store secrets: the system keychain is not available. Nothing was saved.',
      );
    }
    if (backend() === 'basic_text') {
      throw new DomainError(
        'unavailable',
        'Dialdeck cannot store secrets: no system keyring (GNOME Keyring / libsecret or KWallet) ' +
          'is running, and without one they would be stored with a publicly known key. ' +
          'Start a keyring and restart Dialdeck. Nothing was saved.',
      );
    }
  };
  return {
    get description() {
      const selected = backend();
      return selected === null ? 'electron safeStorage' : `electron safeStorage (${selected})`;
    },
    encrypt(plainText) {
      requireKeychain();
      return safeStorage.encryptString(plainText).toString('base64');
    },
    decrypt(cipherText) {
      requireKeychain();
      return safeStorage.decryptString(Buffer.from(cipherText, 'base64'));
    },
  };
}
