import type { ChatCompletion, FinishReason, Usage } from '../chat-types.js';
import { parseToolArguments } from '../parse-tool-arguments.js';
import type {
  AnthropicMessage,
  AnthropicMessageUsage,
  AnthropicResponseBlock,
  AnthropicStopReason,
} from './anthropic-message-types.js';

const STOP_REASONS: Record<FinishReason, AnthropicStopReason> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
  content_filter: 'refusal',
};

/** OpenAI `finish_reason` → Anthropic `stop_reason` (a missing reason reads as end_turn). */
export const toAnthropicStopReason = (
  reason: FinishReason | null | undefined,
): AnthropicStopReason => (reason == null ? 'end_turn' : STOP_REASONS[reason]);

/** A `msg_` id for a completion id (`chatcmpl-abc` → `msg_abc`; Anthropic's own ids kept). */
export const toAnthropicMessageId = (id: string): string =>
  id.startsWith('msg_') ? id : `msg_${id.replace(/^chatcmpl-/, '')}`;

/** OpenAI usage in Anthropic's terms: `input_tokens` excludes what was read from the cache. */
export function toAnthropicUsage(usage: Usage | undefined, inputTokens = 0): AnthropicMessageUsage {
  const cached = usage?.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    input_tokens: usage === undefined ? inputTokens : Math.max(usage.prompt_tokens - cached, 0),
    output_tokens: usage?.completion_tokens ?? 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: cached,
  };
}

/**
 * A tool call's arguments as Anthropic's `input` object. Arguments a model left unparseable are
 * kept under `_raw_arguments` rather than dropped, so the caller sees what the model produced.
 */
export const toToolInput = (text: string): Record<string, unknown> =>
  parseToolArguments(text) ?? { _raw_arguments: text };

/** The first choice of a completion as an Anthropic Message (text block, then tool_use blocks). */
export function toAnthropicMessage(completion: ChatCompletion, model: string): AnthropicMessage {
  const choice = completion.choices[0];
  const text = choice?.message.content ?? choice?.message.refusal ?? '';
  const tools: AnthropicResponseBlock[] = (choice?.message.tool_calls ?? []).map((call) => ({
    type: 'tool_use',
    id: call.id,
    name: call.function.name,
    input: toToolInput(call.function.arguments),
  }));
  // Clients read content[0].text: a message with nothing else still gets its (empty) text block.
  const content: AnthropicResponseBlock[] =
    text !== '' || tools.length === 0 ? [{ type: 'text', text }, ...tools] : tools;
  return {
    id: toAnthropicMessageId(completion.id),
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: toAnthropicStopReason(choice?.finish_reason),
    stop_sequence: null,
    usage: toAnthropicUsage(completion.usage),
  };
}
