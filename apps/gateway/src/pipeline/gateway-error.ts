import { ServiceHttpError } from '@gatehouse/service-kit';

/**
 * An error the gateway returns on purpose, in OpenAI's vocabulary: `type` overrides the one
 * derived from the status (e.g. `insufficient_quota`), `headers` carry `retry-after` and friends.
 */
export class GatewayHttpError extends ServiceHttpError {
  constructor(
    status: number,
    code: string,
    message: string,
    param: string | null = null,
    readonly type: string | null = null,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status, code, message, param);
    this.name = 'GatewayHttpError';
  }
}
