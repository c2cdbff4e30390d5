import { z } from 'zod';
import type { UpstreamError } from '../../llm/provider-adapter.js';
import { formatParamPath } from '../../llm/invalid-request-error.js';
import {
  describeRawBody,
  mapUpstreamStatus,
  type VendorError,
} from '../common/map-upstream-status.js';

// Mistral's validation detail (pydantic): where in the body, and what is wrong.
const detailSchema = z.array(
  z.object({
    loc: z.array(z.union([z.string(), z.number()])).default([]),
    msg: z.string(),
    type: z.string().optional(),
  }),
);

// `{object:"error", message, type, param, code}` where message may hold `{detail:[...]}` (422);
// `{message, request_id}` (401, 429); or a bare `{detail}`.
const mistralErrorSchema = z.object({
  message: z
    .union([z.string(), z.object({ detail: z.union([z.string(), detailSchema]) })])
    .optional(),
  detail: z.union([z.string(), detailSchema]).optional(),
  type: z.string().nullish(),
  code: z.union([z.string(), z.number()]).nullish(),
  param: z.string().nullish(),
});

function fromDetail(detail: string | z.infer<typeof detailSchema>): {
  message: string;
  param: string | null;
} {
  if (typeof detail === 'string') return { message: detail, param: null };
  const first = detail[0];
  if (first === undefined) return { message: 'Invalid request', param: null };
  const path = first.loc[0] === 'body' ? first.loc.slice(1) : first.loc;
  const param = path.length > 0 ? formatParamPath(path) : null;
  return { message: param === null ? first.msg : `${first.msg}: '${param}'`, param };
}

export function readMistralError(body: unknown): VendorError {
  const parsed = mistralErrorSchema.safeParse(body);
  if (!parsed.success)
    return { message: describeRawBody(body), type: null, code: null, param: null };
  const { message, detail, code, param } = parsed.data;
  const described =
    typeof message === 'string'
      ? { message, param: param ?? null }
      : message !== undefined
        ? fromDetail(message.detail)
        : detail !== undefined
          ? fromDetail(detail)
          : { message: describeRawBody(body), param: null };
  // Mistral's types ("invalid_request_message_error", ...) are not OpenAI's: callers see OpenAI's.
  return {
    message: described.message,
    type: 'invalid_request_error',
    code: code == null ? null : String(code),
    param: described.param,
  };
}

export function mapMistralError(status: number, body: unknown): UpstreamError {
  return mapUpstreamStatus(status, readMistralError(body), 'Mistral');
}
