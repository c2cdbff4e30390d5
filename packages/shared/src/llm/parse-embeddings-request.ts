import { z } from 'zod';
import type { EmbeddingsRequest } from './chat-types.js';
import { describeRequestIssue } from './describe-request-issue.js';
import { invalidRequest, type ParseResult } from './invalid-request-error.js';

const tokenArray = z.array(z.number().int().min(0)).min(1);

const embeddingsRequestSchema = z.strictObject({
  model: z.string(),
  input: z.union([
    z.string(),
    z.array(z.string()).min(1).max(2048),
    tokenArray,
    z.array(tokenArray).min(1).max(2048),
  ]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().min(1).optional(),
  user: z.string().optional(),
});

const FIELDS: ReadonlySet<string> = new Set(Object.keys(embeddingsRequestSchema.shape));

/**
 * Parses a caller's `POST /v1/embeddings` body with OpenAI's validation semantics. Unlike chat,
 * unknown fields are refused, as OpenAI refuses them: the embeddings API has no vendor extensions
 * worth passing through.
 */
export function parseEmbeddingsRequest(body: unknown): ParseResult<EmbeddingsRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return {
      ok: false,
      error: invalidRequest('Invalid request body: expected a JSON object.', null, 'invalid_type'),
    };
  const unknown = Object.keys(body).find((key) => !FIELDS.has(key));
  if (unknown !== undefined)
    return {
      ok: false,
      error: invalidRequest(`Unrecognized request argument supplied: ${unknown}`, null),
    };
  const parsed = embeddingsRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: describeRequestIssue(parsed.error, body) };
  const input = parsed.data.input;
  if (input === '' || (Array.isArray(input) && input.some((item) => item === '')))
    return {
      ok: false,
      error: invalidRequest(
        "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
        'input',
      ),
    };
  return { ok: true, request: parsed.data };
}
