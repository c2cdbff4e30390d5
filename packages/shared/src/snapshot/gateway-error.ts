// Errors of the gateway's identify/authorize steps, in OpenAI's vocabulary. One table: a code's
// HTTP status and OpenAI `type` live here and nowhere else.

export const GATEWAY_ERROR_CODES = {
  invalid_api_key: { status: 401, type: 'authentication_error' },
  permission_denied: { status: 403, type: 'permission_error' },
  model_not_allowed: { status: 403, type: 'permission_error' },
  subscription_inactive: { status: 403, type: 'permission_error' },
  model_not_found: { status: 404, type: 'invalid_request_error' },
  product_not_found: { status: 404, type: 'invalid_request_error' },
  no_available_target: { status: 503, type: 'api_error' },
  service_unavailable: { status: 503, type: 'api_error' },
} as const satisfies Record<string, { status: number; type: string }>;

export type GatewayErrorCode = keyof typeof GATEWAY_ERROR_CODES;

export type OpenAiErrorEnvelope = {
  error: { message: string; type: string; code: string; param: string | null };
};

/**
 * A refusal the gateway answers on purpose. Returned as a value by the pure lookups
 * (`{ ok: false, error }`) and thrown by the pipeline; the error filter renders `toBody()` with
 * `status`.
 */
export class GatewayError extends Error {
  readonly status: number;
  readonly type: string;

  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'GatewayError';
    this.status = GATEWAY_ERROR_CODES[code].status;
    this.type = GATEWAY_ERROR_CODES[code].type;
  }

  /** OpenAI's error envelope: `{ error: { message, type, code, param } }`. */
  toBody(): OpenAiErrorEnvelope {
    return {
      error: { message: this.message, type: this.type, code: this.code, param: this.param },
    };
  }
}

/** The result of a lookup that can refuse. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: GatewayError };

export function refuse(
  code: GatewayErrorCode,
  message: string,
  param: string | null = null,
): { ok: false; error: GatewayError } {
  return { ok: false, error: new GatewayError(code, message, param) };
}
