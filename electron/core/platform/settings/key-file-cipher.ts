import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretCipher } from './settings-service';

/**
 * Outside Electron there is no OS keychain: secrets are sealed with AES-256-GCM under a random
 * key kept in the data folder with owner-only permissions. Weaker than safeStorage (anyone who
 * can read the folder can read the key), but never clear text on disk or in logs.
 */
export function keyFileCipher(dataDir: string): SecretCipher {
  const keyFile = path.join(dataDir, 'secret.key');
  const key = loadOrCreateKey(keyFile);
  return {
    description: 'aes-256-gcm key file',
    encrypt(plainText) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(cipherText) {
      const bytes = Buffer.from(cipherText, 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (fs.existsSync(keyFile)) return fs.readFileSync(keyFile);
  const key = crypto.randomBytes(32);
  fs.writeFileSync(keyFile, key, { mode: 0o600, flag: 'wx' });
  return key;
}
