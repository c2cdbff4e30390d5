import type { FinishReason } from '../../llm/chat-types.js';

const FILTERED: FinishReason = 'content_filter';

const FINISH_REASONS: Record<string, FinishReason> = {
  STOP: 'stop',
  MAX_TOKENS: 'length',
  SAFETY: FILTERED,
  RECITATION: FILTERED,
  LANGUAGE: FILTERED,
  BLOCKLIST: FILTERED,
  PROHIBITED_CONTENT: FILTERED,
  SPII: FILTERED,
  IMAGE_SAFETY: FILTERED,
  IMAGE_PROHIBITED_CONTENT: FILTERED,
  IMAGE_RECITATION: FILTERED,
};

/**
 * Gemini `finishReason` → OpenAI `finish_reason`. Gemini says STOP after function calls, so a
 * candidate with calls reads `tool_calls`. Reasons OpenAI has no word for (OTHER,
 * MALFORMED_FUNCTION_CALL, ...) read as `stop`.
 */
export function mapGeminiFinishReason(
  reason: string | null | undefined,
  hasToolCalls: boolean,
): FinishReason | null {
  if (reason == null) return null;
  const mapped = FINISH_REASONS[reason] ?? 'stop';
  return mapped === 'stop' && hasToolCalls ? 'tool_calls' : mapped;
}
