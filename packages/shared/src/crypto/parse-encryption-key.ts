import { z } from 'zod';

const KEY_BYTES = 32;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/;

/**
 * ENCRYPTION_KEY as a zod schema: 32 bytes written as 64 hex characters or as base64 (standard
 * or URL-safe, padding optional). Generate one with `openssl rand -base64 32`.
 */
export const encryptionKeySchema = z
  .string()
  .trim()
  .refine((s) => HEX_KEY.test(s) || BASE64_KEY.test(s), {
    message: 'must be 32 bytes as 64 hex characters or base64 (openssl rand -base64 32)',
  })
  .transform((s) => (HEX_KEY.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64')))
  .refine((key) => key.length === KEY_BYTES, { message: 'must decode to exactly 32 bytes' });

/** Parses an AES-256 key (see encryptionKeySchema); throws one readable error when it is bad. */
export function parseEncryptionKey(value: string): Buffer {
  const result = encryptionKeySchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`ENCRYPTION_KEY ${result.error.issues[0]?.message ?? 'is invalid'}`);
}
