import type { FinishReason } from '../../llm/chat-types.js';
import type { FinishReasonMapper } from '../openai/map-openai-finish-reason.js';

const MISTRAL_FINISH_REASONS: Record<string, FinishReason | 'error'> = {
  stop: 'stop',
  length: 'length',
  // The answer reached the model's context length rather than max_tokens: still a truncation.
  model_length: 'length',
  tool_calls: 'tool_calls',
  // Generation failed on Mistral's side; the adapter turns this into a retryable upstream failure.
  error: 'error',
};

export const mapMistralFinishReason: FinishReasonMapper = (reason) => {
  if (reason == null) return null;
  return MISTRAL_FINISH_REASONS[reason] ?? 'stop';
};
