import { decryptSecret, encryptSecret } from '@gatehouse/shared';
import type { SeedRun } from './seed-run.js';

/** JSON credentials sealed with ENCRYPTION_KEY, as a Prisma Bytes value. */
export function sealCredentials(
  run: SeedRun,
  credentials: Record<string, string>,
): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encryptSecret(JSON.stringify(credentials), run.options.encryptionKey));
}

/**
 * Whether stored credentials open with this run's key. Ones sealed under another key could never
 * be read again and get re-sealed; ones that open are left alone (a fresh seal would change the
 * bytes on every run).
 */
export function opensWithKey(run: SeedRun, sealed: Uint8Array | null): boolean {
  if (sealed === null) return false;
  try {
    decryptSecret(sealed, run.options.encryptionKey);
    return true;
  } catch {
    return false;
  }
}
