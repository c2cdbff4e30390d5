export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

export type AnthropicErrorBody = {
  type: 'error';
  error: { type: AnthropicErrorType; message: string };
  request_id: string | null;
};

export function anthropicError(
  type: AnthropicErrorType,
  message: string,
  requestId: string | null = null,
): AnthropicErrorBody {
  return { type: 'error', error: { type, message }, request_id: requestId };
}

// Anthropic's documented status → error type table.
const STATUS_TYPES: Record<number, { type: AnthropicErrorType; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  403: {
    type: 'permission_error',
    message: 'Your API key does not have permission to use the specified resource.',
  },
  404: { type: 'not_found_error', message: 'Not found.' },
  413: {
    type: 'request_too_large',
    message: 'Request exceeds the maximum allowed number of bytes.',
  },
  429: {
    type: 'rate_limit_error',
    message: 'Number of request tokens has exceeded your per-minute rate limit.',
  },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

export function anthropicStatusError(status: number, message?: string): AnthropicErrorBody {
  const known = STATUS_TYPES[status] ?? {
    type: status >= 500 ? 'api_error' : 'invalid_request_error',
    message: `Error ${status}`,
  };
  return anthropicError(known.type, message ?? known.message);
}
