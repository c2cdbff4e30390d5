import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { createOpenAiCompatibleAdapter } from '../openai-compatible/create-openai-compatible-adapter.js';

/**
 * OpenAI: `${baseUrl}/chat/completions` and `/embeddings` with a bearer key; streams ask for the
 * usage chunk, which the reducer keeps for `finish()`; `max_tokens` goes as `max_completion_tokens`.
 */
export const openAiAdapter: ProviderAdapter = createOpenAiCompatibleAdapter({
  kind: 'OPENAI',
  provider: 'OpenAI',
  streamUsage: true,
  renameMaxTokens: true,
});
