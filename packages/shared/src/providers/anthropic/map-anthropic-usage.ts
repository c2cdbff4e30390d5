import type { Usage } from '../../llm/chat-types.js';
import type { AnthropicUsage } from './anthropic-response-schemas.js';

/**
 * Anthropic counts cache reads and cache writes apart from `input_tokens`; OpenAI's
 * `prompt_tokens` is the whole prompt, with the cache reads as `cached_tokens`.
 */
export function mapAnthropicUsage(usage: AnthropicUsage): Usage {
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  const prompt = (usage.input_tokens ?? 0) + cacheRead + (usage.cache_creation_input_tokens ?? 0);
  const completion = usage.output_tokens ?? 0;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cacheRead },
  };
}
