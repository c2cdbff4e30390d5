import {
  estimateChatInputTokens,
  parseAnthropicMessagesRequest,
  toChatRequest,
} from '@gatehouse/shared';
import { anthropicChatOutput } from '../../llm/anthropic-chat-output.js';
import { GatewayHttpError } from '../gateway-error.js';
import type { LlmState } from '../llm-state.js';

/** The body of POST /v1/messages (Anthropic's format), validated as the Messages API does. */
export function parseMessagesBody(state: LlmState): void {
  const parsed = parseAnthropicMessagesRequest(state.call.request.body);
  if (!parsed.ok) {
    throw new GatewayHttpError(
      parsed.error.status,
      'invalid_request',
      parsed.error.body.error.message,
    );
  }
  const chat = toChatRequest(parsed.request);
  state.chat = chat;
  state.requestedModel = chat.model;
  state.output = anthropicChatOutput(
    chat.model,
    state.call.requestId,
    estimateChatInputTokens(chat),
  );
}
