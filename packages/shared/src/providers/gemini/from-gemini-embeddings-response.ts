import type { EmbeddingsResponse } from '../../llm/chat-types.js';
import type { TranslateContext } from '../../llm/provider-adapter.js';
import { parseVendorBody } from '../common/parse-vendor-json.js';
import { geminiEmbeddingsSchema } from './gemini-response-schemas.js';

/**
 * A batchEmbedContents response in OpenAI's shape. The Gemini API reports no token counts for
 * embeddings (only Vertex fills `statistics.tokenCount`, summed when present), so usage is 0
 * here and means "not reported": the gateway estimates it from the input with its tokenizer.
 * Vectors are floats; the gateway encodes base64 when the caller asked for it.
 */
export function fromGeminiEmbeddingsResponse(
  body: unknown,
  context: TranslateContext,
): EmbeddingsResponse {
  const { embeddings } = parseVendorBody(
    'GEMINI',
    geminiEmbeddingsSchema,
    body,
    'batchEmbedContents response',
  );
  const tokens = embeddings.reduce((sum, e) => sum + (e.statistics?.tokenCount ?? 0), 0);
  return {
    object: 'list',
    data: embeddings.map((e, index) => ({ object: 'embedding', index, embedding: e.values })),
    model: context.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}
