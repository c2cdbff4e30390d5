import { randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// 248 = 4 × 62: bytes at or above it are dropped so every character is equally likely.
const UNBIASED_LIMIT = 248;

/** What each kind of secret token starts with. A new kind joins with one line. */
export const TOKEN_PREFIXES = {
  /** Gateway API keys of applications. */
  apiKey: 'gh_',
  /** Personal access tokens of users (admin API, config-as-code CLI). */
  accessToken: 'ghp_',
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIXES;

/** Length of the random part: 40 base62 characters ≈ 238 bits. */
export const TOKEN_RANDOM_LENGTH = 40;

/** `length` characters of base62 from the operating system's CSPRNG, without modulo bias. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new secret token of the given kind, e.g. `gh_3kT...`; show it once, store its hash. */
export function generateToken(kind: TokenKind): string {
  return TOKEN_PREFIXES[kind] + randomBase62(TOKEN_RANDOM_LENGTH);
}

/** A new gateway API key: `gh_` + 40 base62 characters. */
export function generateApiKey(): string {
  return generateToken('apiKey');
}

/** A new personal access token: `ghp_` + 40 base62 characters. */
export function generateAccessToken(): string {
  return generateToken('accessToken');
}
