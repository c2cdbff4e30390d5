import type { ChatRequest, ChatToolChoice } from '../chat-types.js';
import type { AnthropicMessagesRequest } from './anthropic-messages-schema.js';
import { toChatMessages } from './to-chat-messages.js';

type AnthropicChoice = NonNullable<AnthropicMessagesRequest['tool_choice']>;

const CHOICES: Record<'auto' | 'any' | 'none', ChatToolChoice> = {
  auto: 'auto',
  any: 'required',
  none: 'none',
};

const toToolChoice = (choice: AnthropicChoice): ChatToolChoice =>
  choice.type === 'tool'
    ? { type: 'function', function: { name: choice.name } }
    : CHOICES[choice.type];

function tools(request: AnthropicMessagesRequest): Partial<ChatRequest> {
  const list = request.tools ?? [];
  if (list.length === 0) return {};
  const choice = request.tool_choice;
  const serial = choice !== undefined && 'disable_parallel_tool_use' in choice;
  return {
    tools: list.map((t) => ({
      type: 'function',
      function: {
        name: t.name,
        ...(t.description !== undefined ? { description: t.description } : {}),
        parameters: t.input_schema ?? { type: 'object' },
        ...(t.strict !== undefined ? { strict: t.strict } : {}),
      },
    })),
    ...(choice !== undefined ? { tool_choice: toToolChoice(choice) } : {}),
    ...(serial && choice.disable_parallel_tool_use === true ? { parallel_tool_calls: false } : {}),
  };
}

/**
 * A validated Messages request as Gatehouse's canonical (OpenAI) request. `max_tokens` becomes
 * `max_completion_tokens` (what current OpenAI models take); `top_k`, `thinking` and cache
 * control have no OpenAI counterpart and are not sent; a streamed request asks for usage so the
 * closing `message_delta` can report it.
 */
export function toChatRequest(request: AnthropicMessagesRequest): ChatRequest {
  const format = request.output_config?.format;
  return {
    model: request.model,
    messages: toChatMessages(request),
    max_completion_tokens: request.max_tokens,
    ...(request.stop_sequences !== undefined ? { stop: request.stop_sequences } : {}),
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.top_p !== undefined ? { top_p: request.top_p } : {}),
    ...tools(request),
    ...(format != null
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'output', schema: format.schema, strict: true },
          },
        }
      : {}),
    ...(request.metadata?.user_id != null ? { user: request.metadata.user_id } : {}),
    ...(request.stream === true ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
}
