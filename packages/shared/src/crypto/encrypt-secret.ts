import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
/** Layout of a sealed secret: iv (12) | auth tag (16) | ciphertext. */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/**
 * Seals a secret with AES-256-GCM under a 32-byte key (see parseEncryptionKey). A fresh random
 * IV per call, so sealing the same text twice gives different bytes.
 */
export function encryptSecret(plaintext: string, key: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

/** Opens a secret sealed by encryptSecret; throws when the key is wrong or the bytes were altered. */
export function decryptSecret(sealed: Uint8Array, key: Uint8Array): string {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error('sealed secret is too short');
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([
    decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}
