import {
  createAnthropicStreamEncoder,
  toAnthropicError,
  toAnthropicMessage,
  toAnthropicMessageId,
  type AnthropicSseEvent,
  type StreamEvent,
} from '@gatehouse/shared';
import type { ChatOutput } from './chat-output.js';

const frames = (events: AnthropicSseEvent[]): StreamEvent[] =>
  events.map((e) => ({ event: e.event, data: JSON.stringify(e.data) }));

/** Anthropic's Messages wire format, for /v1/messages whatever provider answered. */
export function anthropicChatOutput(
  model: string,
  requestId: string,
  estimatedInputTokens: number,
): ChatOutput {
  const encoder = createAnthropicStreamEncoder({
    model,
    id: toAnthropicMessageId(requestId),
    inputTokens: estimatedInputTokens,
  });
  return {
    body: (completion) => toAnthropicMessage(completion, model),
    chunk: (chunk) => frames(encoder.push(chunk)),
    end: (usage) => frames(encoder.finish(usage)),
    error: (error) => ({
      event: 'error',
      data: JSON.stringify(toAnthropicError(error.status, error.message).body),
    }),
  };
}
