import { z } from 'zod';
import type { UpstreamError } from '../../llm/provider-adapter.js';
import {
  describeRawBody,
  mapUpstreamStatus,
  type VendorError,
} from '../common/map-upstream-status.js';

// Azure's errors: OpenAI's object, or Azure's own `{code, message}` (auth, throttling, routing),
// with `innererror` when the content filter refused the prompt.
const azureErrorSchema = z.object({
  error: z.object({
    message: z.string().nullish(),
    type: z.string().nullish(),
    code: z.union([z.string(), z.number()]).nullish(),
    param: z.string().nullish(),
    innererror: z.object({ code: z.string().nullish() }).nullish(),
  }),
});

const CONTENT_FILTER_CODES = new Set(['content_filter', 'ResponsibleAIPolicyViolation']);

export function readAzureOpenAiError(body: unknown): VendorError {
  const parsed = azureErrorSchema.safeParse(body);
  if (!parsed.success)
    return { message: describeRawBody(body), type: null, code: null, param: null };
  const { message, type, code, param, innererror } = parsed.data.error;
  const filtered =
    CONTENT_FILTER_CODES.has(String(code)) || CONTENT_FILTER_CODES.has(innererror?.code ?? '');
  return {
    message: message ?? describeRawBody(body),
    // The prompt tripped Azure's content filter: the caller's request, a 400 with OpenAI's code.
    type: filtered ? 'invalid_request_error' : (type ?? null),
    code: filtered ? 'content_filter' : code == null ? null : String(code),
    param: param ?? (filtered ? 'prompt' : null),
  };
}

export function mapAzureOpenAiError(status: number, body: unknown): UpstreamError {
  return mapUpstreamStatus(status, readAzureOpenAiError(body), 'Azure OpenAI');
}
