import type { ProviderAdapter, UpstreamTarget } from '../../llm/provider-adapter.js';
import { fromOpenAiEmbeddingsResponse, fromOpenAiResponse } from './from-openai-response.js';
import { mapOpenAiError } from './map-openai-error.js';
import { reduceOpenAiStream } from './reduce-openai-stream.js';
import { joinUrl, toOpenAiChatBody, toOpenAiEmbeddingsBody } from './to-openai-request.js';

/** `Authorization: Bearer <credentials.apiKey>` (no header when the provider has no key). */
export function bearerHeaders(target: UpstreamTarget): Record<string, string> {
  const key = target.credentials.apiKey;
  return {
    'content-type': 'application/json',
    ...(key !== undefined && key !== '' ? { authorization: `Bearer ${key}` } : {}),
  };
}

/** OpenAI: `${baseUrl}/chat/completions` and `/embeddings` with a bearer key. */
export const openAiAdapter: ProviderAdapter = {
  kind: 'OPENAI',
  chatRequest: (request, target) => ({
    url: joinUrl(target.baseUrl, '/chat/completions'),
    headers: bearerHeaders(target),
    body: JSON.stringify(
      toOpenAiChatBody(request, { model: target.upstreamModel, streamUsage: true }),
    ),
  }),
  chatResponse: (body, context) => fromOpenAiResponse(body, context),
  chatStream: (context) => reduceOpenAiStream(context),
  embeddings: {
    request: (request, target) => ({
      url: joinUrl(target.baseUrl, '/embeddings'),
      headers: bearerHeaders(target),
      body: JSON.stringify(toOpenAiEmbeddingsBody(request, target.upstreamModel)),
    }),
    response: (body, context) => fromOpenAiEmbeddingsResponse(body, context),
  },
  mapError: (status, body) => mapOpenAiError(status, body),
};
