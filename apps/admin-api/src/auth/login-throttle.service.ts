import { Inject, Injectable } from '@nestjs/common';
import {
  decideLoginThrottle,
  LOGIN_THROTTLE_LIMITS,
  SIGNUP_THROTTLE_LIMIT,
  type ThrottleKind,
} from '@gatehouse/shared';
import { TooManyRequestsError } from '../http/errors/too-many-requests.error.js';
import { EphemeralStore } from '../io/ephemeral-store.js';

type Subject = { email: string; ip: string };

function keyOf(kind: ThrottleKind, subject: Subject): string {
  return `login-fail:${kind}:${kind === 'email' ? subject.email : subject.ip}`;
}

/**
 * Brute-force protection for password login: failures counted per e-mail and per IP in a fixed
 * window (Redis, in-process when Redis is down); at the limit, attempts get 429 with
 * `retry-after` until the window ends, without the password being checked.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@Inject(EphemeralStore) private readonly store: EphemeralStore) {}

  /** Throws 429 when the e-mail or the IP is locked out. */
  async assertAllowed(subject: Subject): Promise<void> {
    const [email, ip] = await Promise.all(
      (['email', 'ip'] as const).map(async (kind) => {
        const entry = await this.store.get(keyOf(kind, subject));
        return entry ? { count: Number(entry.value), ttlSeconds: entry.ttlSeconds } : null;
      }),
    );
    const verdict = decideLoginThrottle({ email: email ?? null, ip: ip ?? null });
    if (verdict.locked)
      throw new TooManyRequestsError(
        verdict.retryAfterSeconds,
        `Too many failed logins; try again in ${verdict.retryAfterSeconds} s`,
      );
  }

  async recordFailure(subject: Subject): Promise<void> {
    await Promise.all(
      (['email', 'ip'] as const).map((kind) =>
        this.store.increment(keyOf(kind, subject), LOGIN_THROTTLE_LIMITS[kind].windowSeconds),
      ),
    );
  }

  /** Counts a sign-up attempt from an IP; throws 429 past SIGNUP_THROTTLE_LIMIT per window. */
  async assertSignupAllowed(ip: string): Promise<void> {
    const { count, ttlSeconds } = await this.store.increment(
      `signup:ip:${ip}`,
      SIGNUP_THROTTLE_LIMIT.windowSeconds,
    );
    if (count > SIGNUP_THROTTLE_LIMIT.maxAttempts)
      throw new TooManyRequestsError(
        Math.max(1, ttlSeconds),
        `Too many sign-ups from this address; try again in ${Math.max(1, ttlSeconds)} s`,
      );
  }

  /** A successful login forgives the account's failures (not the IP's). */
  async recordSuccess(subject: Subject): Promise<void> {
    await this.store.delete(keyOf('email', subject));
  }
}
