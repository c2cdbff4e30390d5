import { randomBytes } from 'node:crypto';
import type { FaultTarget } from '../faults/fault-config.js';
import type { PromptCache } from '../core/prompt-cache.js';
import type { FaultStore } from '../faults/fault-store.js';
import type { RequestLog } from './request-log.js';

export type KeyCheck = (key: string, target: FaultTarget) => boolean;

/** What every route plugin gets: the server's fault store, key policy and clock. */
export type ServerContext = {
  faults: FaultStore;
  acceptKey: KeyCheck;
  /** Milliseconds since the epoch (injectable so tests can pin `created` timestamps). */
  now: () => number;
  /** Prompt prefixes seen recently, for the vendors' cached-token accounting. */
  promptCache: PromptCache;
  /** The last requests received, readable at /_control/requests. */
  requestLog: RequestLog;
};

// Any non-empty key works except ones starting with "invalid", so tests can provoke a 401
// without configuring the mock.
export const defaultAcceptKey: KeyCheck = (key) => key.length > 0 && !key.startsWith('invalid');

/** A random id suffix like the vendors' (base62-ish, `length` characters). */
export function randomId(length = 24): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match?.[1]?.trim();
}
