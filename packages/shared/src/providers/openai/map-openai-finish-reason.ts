import type { FinishReason } from '../../llm/chat-types.js';

/** A vendor finish reason in OpenAI's vocabulary; `error` when the vendor says generation failed. */
export type MappedFinishReason = FinishReason | 'error' | null;

export type FinishReasonMapper = (reason: string | null | undefined) => MappedFinishReason;

const OPENAI_FINISH_REASONS: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool_calls',
  content_filter: 'content_filter',
  function_call: 'function_call',
};

/**
 * OpenAI's (and Azure's, and the compatible servers') finish reasons. A reason this table does not
 * know (a server's own, e.g. vLLM's "abort") still ended the choice: it becomes "stop".
 */
export const mapOpenAiFinishReason: FinishReasonMapper = (reason) => {
  if (reason == null) return null;
  return OPENAI_FINISH_REASONS[reason] ?? 'stop';
};
