import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, IV_BYTES, TAG_BYTES } from './encrypt-secret.js';
import { parseEncryptionKey } from './parse-encryption-key.js';

const HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const key = Buffer.from(HEX, 'hex');

describe('parseEncryptionKey', () => {
  it('accepts 32 bytes as hex', () => {
    expect(parseEncryptionKey(HEX).equals(key)).toBe(true);
  });

  it('accepts 32 bytes as base64 and base64url, padded or not', () => {
    expect(parseEncryptionKey(key.toString('base64')).equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString('base64url')).equals(key)).toBe(true);
    expect(parseEncryptionKey(` ${key.toString('base64')}\n`).equals(key)).toBe(true);
  });

  it('rejects other lengths and text', () => {
    expect(() => parseEncryptionKey(HEX.slice(2))).toThrow(/32 bytes/);
    expect(() => parseEncryptionKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => parseEncryptionKey('change-me')).toThrow(/ENCRYPTION_KEY/);
  });
});

describe('encryptSecret / decryptSecret', () => {
  it('round-trips text with iv | tag | ciphertext layout', () => {
    const sealed = encryptSecret('{"apiKey":"sk-mock-openai"}', key);
    expect(sealed.length).toBe(IV_BYTES + TAG_BYTES + '{"apiKey":"sk-mock-openai"}'.length);
    expect(decryptSecret(sealed, key)).toBe('{"apiKey":"sk-mock-openai"}');
  });

  it('uses a fresh iv each time', () => {
    expect(encryptSecret('x', key).equals(encryptSecret('x', key))).toBe(false);
  });

  it('refuses a wrong key and altered bytes', () => {
    const sealed = encryptSecret('secret', key);
    const other = Buffer.alloc(32, 7);
    expect(() => decryptSecret(sealed, other)).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 1;
    expect(() => decryptSecret(altered, key)).toThrow();
    expect(() => decryptSecret(Buffer.alloc(10), key)).toThrow(/too short/);
  });

  it('accepts a plain Uint8Array as stored by Prisma Bytes', () => {
    const sealed = new Uint8Array(encryptSecret('héllo', key));
    expect(decryptSecret(sealed, key)).toBe('héllo');
  });
});
