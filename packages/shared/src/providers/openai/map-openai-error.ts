import type { UpstreamError } from '../../llm/provider-adapter.js';
import {
  describeRawBody,
  mapUpstreamStatus,
  type VendorError,
} from '../common/map-upstream-status.js';
import { errorObjectSchema } from '../common/openai-family-schemas.js';
import { z } from 'zod';

const openAiErrorBodySchema = z.object({ error: errorObjectSchema });

/** OpenAI's `{error:{message,type,param,code}}` (also Azure's and most compatible servers'). */
export function readOpenAiError(body: unknown): VendorError {
  const parsed = openAiErrorBodySchema.safeParse(body);
  if (!parsed.success)
    return { message: describeRawBody(body), type: null, code: null, param: null };
  const { message, type, code, param } = parsed.data.error;
  return {
    message: message ?? describeRawBody(body),
    type: type ?? null,
    code: code == null ? null : String(code),
    param: param ?? null,
  };
}

/** Maps a non-2xx OpenAI response; see `mapUpstreamStatus` for the status policy. */
export function mapOpenAiError(status: number, body: unknown, provider = 'OpenAI'): UpstreamError {
  return mapUpstreamStatus(status, readOpenAiError(body), provider);
}
