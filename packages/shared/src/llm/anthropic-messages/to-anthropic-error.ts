export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

/** An error as the Messages API returns it: status plus `{type:'error', error:{type,message}}`. */
export type AnthropicErrorResponse = {
  status: number;
  body: { type: 'error'; error: { type: AnthropicErrorType; message: string } };
};

// Anthropic's documented status → error type table (docs: API errors).
const STATUS_TYPES: Record<number, AnthropicErrorType> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  502: 'api_error',
  503: 'overloaded_error',
  504: 'api_error',
  529: 'overloaded_error',
};

/**
 * A Gatehouse error (any status) in Anthropic's shape for /v1/messages callers. The status is
 * kept as Gatehouse chose it (503 stays 503, not Anthropic's 529): the SDKs retry on both.
 */
export function toAnthropicError(status: number, message: string): AnthropicErrorResponse {
  const type = STATUS_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
  return { status, body: { type: 'error', error: { type, message } } };
}
