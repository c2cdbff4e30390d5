import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { fromAnthropicResponse } from './from-anthropic-response.js';
import { mapAnthropicError } from './map-anthropic-error.js';
import { createAnthropicStreamReducer } from './parse-anthropic-stream.js';
import { toAnthropicRequest } from './to-anthropic-request.js';

/** Anthropic Messages API (`{baseUrl}/messages`). No embeddings: Anthropic has none. */
export const anthropicAdapter: ProviderAdapter = {
  kind: 'ANTHROPIC',
  chatRequest: toAnthropicRequest,
  chatResponse: fromAnthropicResponse,
  chatStream: createAnthropicStreamReducer,
  mapError: mapAnthropicError,
};
