import { createHash } from 'node:crypto';

/**
 * SHA-256 hex of a secret token (API key, access token, invitation token). Only this hash is
 * stored; the gateway hashes the presented key and looks the hash up. A fast hash is right here
 * because the tokens carry ~238 random bits, so there is nothing to brute-force.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Same hash for personal access tokens, named for readers of the calling code. */
export const hashAccessToken = hashApiKey;
