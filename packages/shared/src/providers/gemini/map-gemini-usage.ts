import type { Usage } from '../../llm/chat-types.js';
import type { GeminiUsage } from './gemini-response-schemas.js';

/**
 * Gemini usageMetadata as OpenAI usage. `promptTokenCount` already includes the cached part
 * (`cachedContentTokenCount`); thinking (`thoughtsTokenCount`) is billed as output, so it joins
 * completion tokens as OpenAI's reasoning tokens do.
 */
export function mapGeminiUsage(usage: GeminiUsage): Usage {
  const prompt = (usage.promptTokenCount ?? 0) + (usage.toolUsePromptTokenCount ?? 0);
  const thoughts = usage.thoughtsTokenCount ?? 0;
  const completion = (usage.candidatesTokenCount ?? 0) + thoughts;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: usage.totalTokenCount ?? prompt + completion,
    prompt_tokens_details: { cached_tokens: usage.cachedContentTokenCount ?? 0 },
    completion_tokens_details: { reasoning_tokens: thoughts },
  };
}
