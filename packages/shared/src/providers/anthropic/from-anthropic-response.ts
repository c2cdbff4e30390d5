import type { ChatCompletion, ChatToolCall } from '../../llm/chat-types.js';
import type { TranslateContext } from '../../llm/provider-adapter.js';
import { parseVendorBody } from '../common/parse-vendor-json.js';
import { anthropicMessageSchema } from './anthropic-response-schemas.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { mapAnthropicUsage } from './map-anthropic-usage.js';

/**
 * A Messages API response as an OpenAI chat completion: text blocks joined, tool_use blocks as
 * tool calls (input serialized to the `arguments` string), thinking blocks left out.
 */
export function fromAnthropicResponse(body: unknown, context: TranslateContext): ChatCompletion {
  const message = parseVendorBody('ANTHROPIC', anthropicMessageSchema, body, 'Messages response');
  const texts = message.content.filter((b) => b.type === 'text').map((b) => b.text ?? '');
  const toolCalls: ChatToolCall[] = message.content
    .filter((b) => b.type === 'tool_use')
    .map((b) => ({
      id: b.id ?? '',
      type: 'function',
      function: { name: b.name ?? '', arguments: JSON.stringify(b.input ?? {}) },
    }));
  const content = texts.length > 0 ? texts.join('') : toolCalls.length > 0 ? null : '';
  return {
    id: message.id,
    object: 'chat.completion',
    created: context.created,
    model: context.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: mapAnthropicStopReason(message.stop_reason),
        logprobs: null,
      },
    ],
    usage: mapAnthropicUsage(message.usage),
  };
}
