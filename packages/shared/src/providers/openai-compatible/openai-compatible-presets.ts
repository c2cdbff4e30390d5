import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { createOpenAiCompatibleAdapter } from './create-openai-compatible-adapter.js';

export type OpenAiCompatiblePreset = 'vllm' | 'ollama' | 'groq' | 'together';

/** Known OpenAI-compatible servers; a new one joins with one line. */
export const OPENAI_COMPATIBLE_PRESETS: Readonly<Record<OpenAiCompatiblePreset, ProviderAdapter>> =
  {
    // vLLM's server honours stream_options and serves /embeddings for embedding models.
    vllm: createOpenAiCompatibleAdapter({ provider: 'vLLM', streamUsage: true }),
    // Ollama's /v1 needs no key; it honours include_usage (older builds ignore it: usage estimated).
    ollama: createOpenAiCompatibleAdapter({ provider: 'Ollama', streamUsage: true }),
    // Groq refuses logprobs-related fields; its final chunk carries usage under `x_groq`.
    groq: createOpenAiCompatibleAdapter({
      provider: 'Groq',
      streamUsage: false,
      dropFields: ['logprobs', 'top_logprobs', 'logit_bias'],
      embeddings: false,
    }),
    // Together puts usage on its last chunk unasked.
    together: createOpenAiCompatibleAdapter({ provider: 'Together AI', streamUsage: false }),
  };
