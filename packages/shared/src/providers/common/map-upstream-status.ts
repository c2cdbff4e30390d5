import type { UpstreamError } from '../../llm/provider-adapter.js';

/** A vendor's error body reduced to OpenAI's four fields (whatever the vendor's own shape). */
export type VendorError = {
  message: string;
  type: string | null;
  code: string | null;
  param: string | null;
};

type Policy = (status: number, error: VendorError, provider: string) => UpstreamError;

const upstream = (
  status: number,
  code: string,
  message: string,
  retryable: boolean,
): UpstreamError => ({ status, type: 'api_error', code, message, param: null, retryable });

// The caller's request was wrong (bad parameter, prompt too long, content filtered): pass the
// vendor's words through with its status, so the caller can fix the request. Not retryable.
const passThrough: Policy = (status, error) => ({
  status,
  type: error.type ?? 'invalid_request_error',
  code: error.code,
  message: error.message,
  param: error.param,
  retryable: false,
});

// The gateway's own provider credential (or account) failed, not the caller's key: a 502, so the
// caller never reads an auth error about a key they do not hold. The vendor's message is left
// out: it may echo part of the credential. Retryable, because another target may have a good one.
const credentialFailed: Policy = (status, _error, provider) =>
  upstream(
    502,
    'upstream_auth_error',
    `The ${provider} provider rejected the gateway's credentials (HTTP ${status}).`,
    true,
  );

// The configured upstream model or deployment does not exist: a gateway configuration fault.
const modelMissing: Policy = (status, error, provider) =>
  upstream(
    502,
    'upstream_model_not_found',
    `The ${provider} provider does not know the configured model (HTTP ${status}): ${error.message}`,
    true,
  );

const rateLimited: Policy = (_status, error, provider) =>
  error.code === 'insufficient_quota' || error.type === 'insufficient_quota'
    ? // The provider account is out of credit: the gateway's problem, not the caller's budget.
      upstream(
        502,
        'upstream_insufficient_quota',
        `The ${provider} provider account has exceeded its quota: ${error.message}`,
        true,
      )
    : {
        status: 429,
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
        message: `The ${provider} provider is rate limiting requests: ${error.message}`,
        param: null,
        retryable: true,
      };

const serverFailed =
  (status: number, code: string): Policy =>
  (upstreamStatus, error, provider) =>
    upstream(
      status,
      code,
      `The ${provider} provider failed (HTTP ${upstreamStatus}): ${error.message}`,
      true,
    );

// One row per upstream status; anything else falls to the default below.
const STATUS_POLICY: Record<number, Policy> = {
  400: passThrough,
  401: credentialFailed,
  402: credentialFailed,
  403: credentialFailed,
  404: modelMissing,
  408: serverFailed(504, 'upstream_timeout'),
  409: serverFailed(502, 'upstream_server_error'),
  413: passThrough,
  422: (status, error, provider) => passThrough(400, error, provider),
  429: rateLimited,
  500: serverFailed(502, 'upstream_server_error'),
  502: serverFailed(502, 'upstream_server_error'),
  503: serverFailed(503, 'upstream_unavailable'),
  504: serverFailed(504, 'upstream_timeout'),
  529: serverFailed(503, 'upstream_unavailable'),
};

/**
 * Maps an upstream failure to what the gateway answers. Statuses are the caller's view: 4xx when
 * the caller's request was at fault, 429 when the vendor throttles (retry later), 502/503/504 when
 * the provider or the gateway's configuration of it failed.
 */
export function mapUpstreamStatus(
  status: number,
  error: VendorError,
  provider: string,
): UpstreamError {
  const policy = STATUS_POLICY[status];
  if (policy !== undefined) return policy(status, error, provider);
  if (status >= 500) return serverFailed(502, 'upstream_server_error')(status, error, provider);
  return upstream(
    502,
    'upstream_error',
    `The ${provider} provider answered HTTP ${status}: ${error.message}`,
    false,
  );
}

/** A short text of a non-JSON error body (HTML error pages are cut). */
export function describeRawBody(body: unknown): string {
  const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
  const trimmed = text.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed || 'no error body';
}
