import type { UpstreamError } from '../../llm/provider-adapter.js';
import { anthropicErrorBodySchema } from './anthropic-response-schemas.js';

type ErrorRule = Omit<UpstreamError, 'message' | 'param'> & {
  /** Whether the upstream message may be shown to the caller (not for credential problems). */
  expose: boolean;
};

// Upstream credential and account problems are the gateway's, not the caller's: a 502.
const gatewaySide = (code: string): ErrorRule => ({
  status: 502,
  type: 'upstream_error',
  code,
  retryable: false,
  expose: false,
});

/** Anthropic's error types (docs: API errors) → what Gatehouse tells its caller. */
const ERROR_TYPES: Record<string, ErrorRule> = {
  invalid_request_error: {
    status: 400,
    type: 'invalid_request_error',
    code: null,
    retryable: false,
    expose: true,
  },
  request_too_large: {
    status: 413,
    type: 'invalid_request_error',
    code: 'request_too_large',
    retryable: false,
    expose: true,
  },
  rate_limit_error: {
    status: 429,
    type: 'rate_limit_error',
    code: 'rate_limit_exceeded',
    retryable: true,
    expose: true,
  },
  api_error: {
    status: 502,
    type: 'upstream_error',
    code: 'upstream_server_error',
    retryable: true,
    expose: true,
  },
  overloaded_error: {
    status: 503,
    type: 'upstream_error',
    code: 'upstream_overloaded',
    retryable: true,
    expose: true,
  },
  timeout_error: {
    status: 504,
    type: 'upstream_error',
    code: 'upstream_timeout',
    retryable: true,
    expose: true,
  },
  authentication_error: gatewaySide('upstream_authentication_error'),
  permission_error: gatewaySide('upstream_permission_error'),
  billing_error: gatewaySide('upstream_billing_error'),
  not_found_error: gatewaySide('upstream_not_found'),
};

// Bodies that are not Anthropic errors (a proxy's HTML page): classify by HTTP status.
const STATUS_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

function ruleFor(errorType: string | undefined, status: number): ErrorRule & { name: string } {
  const name = errorType ?? STATUS_TYPES[status] ?? (status >= 500 ? 'api_error' : 'unknown');
  const rule = ERROR_TYPES[name] ?? (status >= 500 ? ERROR_TYPES.api_error : undefined);
  return { name, ...(rule ?? gatewaySide('upstream_error')) };
}

/** An Anthropic error (HTTP status + body, or a stream `error` event's payload) for the caller. */
export function mapAnthropicError(status: number, body: unknown): UpstreamError {
  const parsed = anthropicErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const { expose, name, ...rule } = ruleFor(error?.type, status);
  const message =
    expose && error !== undefined
      ? error.message
      : `The upstream provider (Anthropic) failed with ${name} (HTTP ${status}).`;
  return { ...rule, message, param: null };
}

/** The HTTP status Anthropic uses for an error type (stream `error` events carry none). */
export function anthropicErrorStatus(errorType: string): number {
  const entry = Object.entries(STATUS_TYPES).find(([, type]) => type === errorType);
  return entry === undefined ? 500 : Number(entry[0]);
}
