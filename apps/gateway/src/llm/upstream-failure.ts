import type { UpstreamError } from '@gatehouse/shared';

// undici's error codes for the failures a gateway sees upstream.
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined ? undefined : codeOf(cause);
}

/** A transport failure (no HTTP answer) in the adapters' error vocabulary; null if not one. */
export function transportFailure(error: unknown, providerSlug: string): UpstreamError | null {
  const code = codeOf(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return {
      status: 504,
      type: 'api_error',
      code: 'upstream_timeout',
      message: `The provider '${providerSlug}' did not answer in time`,
      param: null,
      retryable: true,
    };
  }
  if (code !== undefined && CONNECT_CODES.has(code)) {
    return {
      status: 502,
      type: 'api_error',
      code: 'upstream_unreachable',
      message: `The provider '${providerSlug}' could not be reached`,
      param: null,
      retryable: true,
    };
  }
  return null;
}

export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { name?: unknown }).name === 'AbortError' ||
      codeOf(error) === 'UND_ERR_ABORTED' ||
      codeOf(error) === 'ABORT_ERR')
  );
}

/** The upstream body as JSON when it parses, else as text (for error mapping). */
export async function readUpstreamBody(body: { text(): Promise<string> }): Promise<unknown> {
  const text = await body.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
