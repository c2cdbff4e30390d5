import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { fromGeminiEmbeddingsResponse } from './from-gemini-embeddings-response.js';
import { fromGeminiResponse } from './from-gemini-response.js';
import { mapGeminiError } from './map-gemini-error.js';
import { createGeminiStreamReducer } from './parse-gemini-stream.js';
import { toGeminiEmbeddingsRequest } from './to-gemini-embeddings-request.js';
import { toGeminiRequest } from './to-gemini-request.js';

/** The Gemini API (`{baseUrl}` = `https://generativelanguage.googleapis.com/v1beta`). */
export const geminiAdapter: ProviderAdapter = {
  kind: 'GEMINI',
  chatRequest: toGeminiRequest,
  chatResponse: fromGeminiResponse,
  chatStream: createGeminiStreamReducer,
  embeddings: { request: toGeminiEmbeddingsRequest, response: fromGeminiEmbeddingsResponse },
  mapError: mapGeminiError,
};
