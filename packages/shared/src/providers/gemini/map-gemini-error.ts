import type { UpstreamError } from '../../llm/provider-adapter.js';
import { googleErrorBodySchema } from './gemini-response-schemas.js';

type ErrorRule = Omit<UpstreamError, 'message' | 'param'> & { expose: boolean };

// Credentials, billing and project setup are the gateway's problem, not the caller's: a 502.
const gatewaySide = (code: string): ErrorRule => ({
  status: 502,
  type: 'upstream_error',
  code,
  retryable: false,
  expose: false,
});
const upstreamDown = (status: number, code: string): ErrorRule => ({
  status,
  type: 'upstream_error',
  code,
  retryable: true,
  expose: true,
});

/** google.rpc status names (docs: Gemini API troubleshooting) → what Gatehouse tells its caller. */
const STATUSES: Record<string, ErrorRule> = {
  INVALID_ARGUMENT: {
    status: 400,
    type: 'invalid_request_error',
    code: null,
    retryable: false,
    expose: true,
  },
  OUT_OF_RANGE: {
    status: 400,
    type: 'invalid_request_error',
    code: null,
    retryable: false,
    expose: true,
  },
  RESOURCE_EXHAUSTED: {
    status: 429,
    type: 'rate_limit_error',
    code: 'rate_limit_exceeded',
    retryable: true,
    expose: true,
  },
  FAILED_PRECONDITION: gatewaySide('upstream_failed_precondition'),
  UNAUTHENTICATED: gatewaySide('upstream_authentication_error'),
  PERMISSION_DENIED: gatewaySide('upstream_permission_error'),
  NOT_FOUND: gatewaySide('upstream_not_found'),
  INTERNAL: upstreamDown(502, 'upstream_server_error'),
  UNKNOWN: upstreamDown(502, 'upstream_server_error'),
  ABORTED: upstreamDown(502, 'upstream_server_error'),
  CANCELLED: upstreamDown(502, 'upstream_server_error'),
  UNAVAILABLE: upstreamDown(503, 'upstream_overloaded'),
  DEADLINE_EXCEEDED: upstreamDown(504, 'upstream_timeout'),
};

const HTTP_STATUSES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** A Gemini API error (HTTP status + body, or an error chunk inside a stream) for the caller. */
export function mapGeminiError(status: number, body: unknown): UpstreamError {
  const parsed = googleErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  // A bad API key is reported as 400 INVALID_ARGUMENT with reason API_KEY_INVALID.
  const badKey = error?.details?.some((d) => d.reason === 'API_KEY_INVALID') === true;
  const name = badKey
    ? 'UNAUTHENTICATED'
    : (error?.status ?? HTTP_STATUSES[status] ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN_4XX'));
  const { expose, ...rule } =
    STATUSES[name] ??
    (status >= 500 ? STATUSES.INTERNAL : undefined) ??
    gatewaySide('upstream_error');
  const message =
    expose && error?.message !== undefined
      ? error.message
      : `The upstream provider (Gemini) failed with ${name} (HTTP ${status}).`;
  return { ...rule, message, param: null };
}
