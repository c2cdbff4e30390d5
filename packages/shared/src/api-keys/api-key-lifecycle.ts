/** Longest overlap a rotation may leave the old key alive: 30 days. */
export const MAX_ROTATION_OVERLAP_SECONDS = 30 * 24 * 60 * 60;
/** Default overlap when a rotation names none: 24 hours. */
export const DEFAULT_ROTATION_OVERLAP_SECONDS = 24 * 60 * 60;

export type ApiKeyState = 'active' | 'expired' | 'revoked';

/** What a key can do right now: revoked beats expired beats active. */
export function apiKeyState(
  key: { status: 'ACTIVE' | 'REVOKED'; expiresAt: Date | null },
  now: Date,
): ApiKeyState {
  if (key.status === 'REVOKED') return 'revoked';
  if (key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/**
 * When a rotated key stops working: `overlapSeconds` from now, but never later than an expiry
 * it already had (rotation must not extend a key's life).
 */
export function rotatedKeyExpiry(
  currentExpiresAt: Date | null,
  overlapSeconds: number,
  now: Date,
): Date {
  const end = new Date(now.getTime() + overlapSeconds * 1000);
  return currentExpiresAt !== null && currentExpiresAt < end ? currentExpiresAt : end;
}
