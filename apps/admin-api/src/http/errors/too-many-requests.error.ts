import { ServiceHttpError } from '@gatehouse/service-kit';

/** A 429 that tells the client when to come back (`retry-after` seconds). */
export class TooManyRequestsError extends ServiceHttpError {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
    code = 'rate_limit_exceeded',
  ) {
    super(429, code, message);
  }
}
