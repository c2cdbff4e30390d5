import type { UpstreamError } from '../../llm/provider-adapter.js';
import {
  describeRawBody,
  mapUpstreamStatus,
  type VendorError,
} from '../common/map-upstream-status.js';
import { anthropicErrorBodySchema } from './anthropic-response-schemas.js';

/**
 * Anthropic's error types (docs: API errors) and the HTTP status each comes with. Stream `error`
 * events carry only the type, and 529 (overloaded) is read as 503 so that the shared status
 * policy answers "unavailable, retry".
 */
const TYPE_STATUS: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 503,
};

/** `{type:'error', error:{type, message}}` reduced to OpenAI's four fields. */
export function readAnthropicError(body: unknown): VendorError {
  const parsed = anthropicErrorBodySchema.safeParse(body);
  if (!parsed.success)
    return { message: describeRawBody(body), type: null, code: null, param: null };
  return {
    message: parsed.data.error.message,
    type: parsed.data.error.type,
    code: null,
    param: null,
  };
}

/**
 * An Anthropic error (HTTP status + body, or a stream `error` event's payload) for the caller,
 * through the shared status policy (`mapUpstreamStatus`): the error type decides the status when
 * Anthropic gave one, e.g. overloaded_error → 503 retryable, authentication_error → 502.
 */
export function mapAnthropicError(status: number, body: unknown): UpstreamError {
  const error = readAnthropicError(body);
  const effective = (error.type === null ? undefined : TYPE_STATUS[error.type]) ?? status;
  return mapUpstreamStatus(effective === 529 ? 503 : effective, error, 'Anthropic');
}
