import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { createOpenAiCompatibleAdapter } from '../openai-compatible/create-openai-compatible-adapter.js';

/**
 * OpenAI: `${baseUrl}/chat/completions` and `/embeddings` with a bearer key; streams ask for the
 * usage chunk, which the reducer keeps for `finish()`.
 */
export const openAiAdapter: ProviderAdapter = createOpenAiCompatibleAdapter({
  kind: 'OPENAI',
  provider: 'OpenAI',
  streamUsage: true,
});
