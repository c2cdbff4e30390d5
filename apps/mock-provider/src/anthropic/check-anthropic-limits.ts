import type { ModelEntry } from '../core/model-catalog.js';

/** The invalid_request_error message Anthropic gives when a request exceeds the model, if any. */
export function checkAnthropicLimits(
  maxTokens: number,
  model: ModelEntry,
  inputTokens: number,
): string | undefined {
  if (maxTokens > model.maxOutputTokens) {
    return `max_tokens: ${maxTokens} > ${model.maxOutputTokens}, which is the maximum allowed number of output tokens for ${model.id}`;
  }
  if (inputTokens > model.contextWindow)
    return `prompt is too long: ${inputTokens} tokens > ${model.contextWindow} maximum`;
  return undefined;
}
