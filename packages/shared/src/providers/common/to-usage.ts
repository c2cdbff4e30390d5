import type { Usage } from '../../llm/chat-types.js';
import type { VendorUsage } from './openai-family-schemas.js';

/** The canonical usage of a vendor's usage object (only the details Gatehouse accounts for). */
export function toUsage(usage: VendorUsage): Usage {
  const cached = usage.prompt_tokens_details?.cached_tokens;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  return {
    prompt_tokens: usage.prompt_tokens,
    completion_tokens: usage.completion_tokens,
    total_tokens: usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens,
    ...(cached != null ? { prompt_tokens_details: { cached_tokens: cached } } : {}),
    ...(reasoning != null ? { completion_tokens_details: { reasoning_tokens: reasoning } } : {}),
  };
}
