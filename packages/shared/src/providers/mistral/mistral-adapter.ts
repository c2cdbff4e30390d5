import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { bearerHeaders } from '../common/bearer-headers.js';
import {
  fromOpenAiEmbeddingsResponse,
  fromOpenAiResponse,
  type OpenAiFamilyOptions,
} from '../openai/from-openai-response.js';
import { reduceOpenAiStream } from '../openai/reduce-openai-stream.js';
import { joinUrl } from '../openai/to-openai-request.js';
import { mapMistralError } from './map-mistral-error.js';
import { mapMistralFinishReason } from './map-mistral-finish-reason.js';
import { toMistralChatBody, toMistralEmbeddingsBody } from './to-mistral-request.js';

// Mistral answers in OpenAI's shape with its own quirks, which the shared translation tolerates:
// content may be a list of chunks, streamed tool calls come whole and without `index`, usage rides
// on the last content chunk, and finish reasons include "model_length" and "error".
const MISTRAL_OPTIONS: OpenAiFamilyOptions = {
  kind: 'MISTRAL',
  provider: 'Mistral',
  mapFinishReason: mapMistralFinishReason,
};

/** Mistral: `${baseUrl}/chat/completions` and `/embeddings` (base URL `https://api.mistral.ai/v1`). */
export const mistralAdapter: ProviderAdapter = {
  kind: 'MISTRAL',
  chatRequest: (request, target) => ({
    url: joinUrl(target.baseUrl, '/chat/completions'),
    headers: bearerHeaders(target),
    body: JSON.stringify(toMistralChatBody(request, target.upstreamModel)),
  }),
  chatResponse: (body, context) => fromOpenAiResponse(body, context, MISTRAL_OPTIONS),
  chatStream: (context) => reduceOpenAiStream(context, MISTRAL_OPTIONS),
  embeddings: {
    request: (request, target) => ({
      url: joinUrl(target.baseUrl, '/embeddings'),
      headers: bearerHeaders(target),
      body: JSON.stringify(toMistralEmbeddingsBody(request, target.upstreamModel)),
    }),
    response: (body, context) => fromOpenAiEmbeddingsResponse(body, context, 'MISTRAL'),
  },
  mapError: mapMistralError,
};
