/** Fixed-window lockout: this many failures within the window lock the key until it ends. */
export const LOGIN_THROTTLE_LIMITS = {
  /** Per e-mail address: slows guessing one account's password. */
  email: { maxFailures: 5, windowSeconds: 900 },
  /** Per client IP: slows spraying one password over many accounts. */
  ip: { maxFailures: 50, windowSeconds: 900 },
} as const;

export type ThrottleKind = keyof typeof LOGIN_THROTTLE_LIMITS;

/** A failure counter as stored: how many in the current window and how long it still runs. */
export type FailureCounter = { count: number; ttlSeconds: number } | null;

export type ThrottleVerdict = { locked: false } | { locked: true; retryAfterSeconds: number };

/** Whether a login attempt is refused before its password is checked. */
export function decideLoginThrottle(
  counters: Record<ThrottleKind, FailureCounter>,
): ThrottleVerdict {
  let retryAfterSeconds = 0;
  for (const kind of Object.keys(LOGIN_THROTTLE_LIMITS) as ThrottleKind[]) {
    const counter = counters[kind];
    if (counter && counter.count >= LOGIN_THROTTLE_LIMITS[kind].maxFailures)
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.max(1, counter.ttlSeconds));
  }
  return retryAfterSeconds > 0 ? { locked: true, retryAfterSeconds } : { locked: false };
}

/** Sign-up attempts per client IP per window (slows account farming and e-mail probing). */
export const SIGNUP_THROTTLE_LIMIT = { maxAttempts: 50, windowSeconds: 3600 } as const;
