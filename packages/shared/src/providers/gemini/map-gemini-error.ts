import type { UpstreamError } from '../../llm/provider-adapter.js';
import {
  describeRawBody,
  mapUpstreamStatus,
  type VendorError,
} from '../common/map-upstream-status.js';
import { googleErrorBodySchema } from './gemini-response-schemas.js';

/**
 * google.rpc status names (docs: Gemini API troubleshooting) and the HTTP status each stands for.
 * The name wins over the HTTP status: error chunks inside a stream arrive with 200.
 */
const RPC_STATUS: Record<string, number> = {
  INVALID_ARGUMENT: 400,
  OUT_OF_RANGE: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ABORTED: 409,
  RESOURCE_EXHAUSTED: 429,
  CANCELLED: 500,
  UNKNOWN: 500,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
};

type GoogleError = { status: number | undefined; badKey: boolean; error: VendorError };

function readGoogleError(body: unknown): GoogleError {
  const parsed = googleErrorBodySchema.safeParse(body);
  if (!parsed.success)
    return {
      status: undefined,
      badKey: false,
      error: { message: describeRawBody(body), type: null, code: null, param: null },
    };
  const { message, status, details } = parsed.data.error;
  return {
    status: status === undefined ? undefined : RPC_STATUS[status],
    // A bad API key comes back as 400 INVALID_ARGUMENT with reason API_KEY_INVALID.
    badKey: details?.some((d) => d.reason === 'API_KEY_INVALID') === true,
    error: {
      message: message ?? describeRawBody(body),
      type: null,
      code: status ?? null,
      param: null,
    },
  };
}

/**
 * A Gemini API error (HTTP status + body, or an error chunk inside a stream) for the caller,
 * through the shared status policy (`mapUpstreamStatus`): RESOURCE_EXHAUSTED → 429 retryable,
 * UNAVAILABLE → 503 retryable, INVALID_ARGUMENT → 400, a rejected key → 502.
 */
export function mapGeminiError(status: number, body: unknown): UpstreamError {
  const read = readGoogleError(body);
  const effective = read.badKey ? 401 : (read.status ?? status);
  return mapUpstreamStatus(effective, read.error, 'Gemini');
}
