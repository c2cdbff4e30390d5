import type { ChatCompletionChunk } from '../../llm/chat-types.js';
import {
  ProviderResponseError,
  UpstreamStreamError,
  type ChatStreamReducer,
  type TranslateContext,
} from '../../llm/provider-adapter.js';
import { fromGeminiStreamData } from './from-gemini-stream-data.js';
import { mapGeminiUsage } from './map-gemini-usage.js';
import { createGeminiStreamState } from './gemini-stream-state.js';
import { googleErrorBodySchema } from './gemini-response-schemas.js';
import { mapGeminiError } from './map-gemini-error.js';
import { parseEventJson } from '../common/parse-vendor-json.js';

/**
 * Translates `streamGenerateContent?alt=sse` chunk by chunk: each SSE data is a whole
 * GenerateContentResponse. Usage is the last usageMetadata seen (Gemini repeats it, complete on
 * the final chunk).
 */
export function createGeminiStreamReducer(context: TranslateContext): ChatStreamReducer {
  const state = createGeminiStreamState(context);
  return {
    push(event): ChatCompletionChunk[] {
      const json = parseEventJson('GEMINI', event.data);
      const failure = googleErrorBodySchema.safeParse(json);
      if (failure.success)
        throw new UpstreamStreamError(
          'GEMINI',
          mapGeminiError(failure.data.error.code ?? 500, json),
        );
      return fromGeminiStreamData(json, state);
    },
    finish() {
      if (!state.sawChunk)
        throw new ProviderResponseError('GEMINI', 'Stream ended without a chunk.');
      if (!state.finished)
        throw new ProviderResponseError('GEMINI', 'Stream ended before a finishReason.');
      return {
        chunks: [],
        usage: state.usage === undefined ? undefined : mapGeminiUsage(state.usage),
      };
    },
  };
}
