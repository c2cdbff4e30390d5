import type { FinishReason } from '../../llm/chat-types.js';

const STOP_REASONS: Record<string, FinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  pause_turn: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
};

/** Anthropic `stop_reason` → OpenAI `finish_reason` (an unknown reason reads as `stop`). */
export function mapAnthropicStopReason(reason: string | null | undefined): FinishReason | null {
  if (reason == null) return null;
  return STOP_REASONS[reason] ?? 'stop';
}
