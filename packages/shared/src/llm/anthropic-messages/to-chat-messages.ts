import type { ChatContentPart, ChatMessage, ChatToolCall } from '../chat-types.js';
import { toDataUrl } from '../parse-data-url.js';
import type {
  AnthropicMessagesBlock,
  AnthropicMessagesMessage,
  AnthropicMessagesRequest,
} from './anthropic-messages-schema.js';

type Block = AnthropicMessagesBlock;
type ToolResult = Extract<Block, { type: 'tool_result' }>;

function toPart(block: Block): ChatContentPart[] {
  if (block.type === 'text') return [{ type: 'text', text: block.text }];
  if (block.type !== 'image' || block.source.type === 'file') return [];
  const url =
    block.source.type === 'url'
      ? block.source.url
      : toDataUrl({ mimeType: block.source.media_type, data: block.source.data });
  return [{ type: 'image_url', image_url: { url } }];
}

// One text part reads best as a plain string (and every OpenAI-compatible server takes it).
function toContent(parts: ChatContentPart[]): string | ChatContentPart[] {
  const [only] = parts;
  return parts.length === 1 && only?.type === 'text' ? only.text : parts;
}

const textOf = (blocks: Block[]): string =>
  blocks.map((b) => (b.type === 'text' ? b.text : '')).join('');

// OpenAI tool messages carry text only: a result's text goes there, its images follow in the
// user message after the tool messages. `is_error` has no OpenAI field, so it is said in words.
function toolMessage(block: ToolResult): { message: ChatMessage; images: ChatContentPart[] } {
  const blocks: Block[] =
    typeof block.content === 'string'
      ? [{ type: 'text', text: block.content }]
      : (block.content ?? []);
  const text = textOf(blocks);
  return {
    message: {
      role: 'tool',
      tool_call_id: block.tool_use_id,
      content: block.is_error === true ? `Error: ${text}` : text,
    },
    images: blocks.filter((b) => b.type === 'image').flatMap(toPart),
  };
}

function userMessages(blocks: Block[]): ChatMessage[] {
  const results = blocks.filter((b): b is ToolResult => b.type === 'tool_result').map(toolMessage);
  const parts = [...results.flatMap((r) => r.images), ...blocks.flatMap(toPart)];
  const user: ChatMessage[] = parts.length > 0 ? [{ role: 'user', content: toContent(parts) }] : [];
  return [...results.map((r) => r.message), ...user];
}

function assistantMessage(blocks: Block[]): ChatMessage {
  const toolCalls: ChatToolCall[] = blocks.flatMap((b) =>
    b.type === 'tool_use'
      ? [
          {
            id: b.id,
            type: 'function',
            function: { name: b.name, arguments: JSON.stringify(b.input) },
          },
        ]
      : [],
  );
  const hasText = blocks.some((b) => b.type === 'text');
  const content = hasText ? textOf(blocks) : toolCalls.length > 0 ? null : '';
  return toolCalls.length > 0
    ? { role: 'assistant', content, tool_calls: toolCalls }
    : { role: 'assistant', content };
}

function toMessages(message: AnthropicMessagesMessage): ChatMessage[] {
  const blocks: Block[] =
    typeof message.content === 'string'
      ? [{ type: 'text', text: message.content }]
      : message.content;
  if (message.role === 'system') return [{ role: 'system', content: textOf(blocks) }];
  return message.role === 'user' ? userMessages(blocks) : [assistantMessage(blocks)];
}

/**
 * Anthropic's `system` and `messages` as OpenAI messages: the system prompt first; tool_result
 * blocks become tool messages (before the turn's other content, as OpenAI wants them right after
 * the assistant's tool calls); tool_use blocks become tool calls; thinking blocks are dropped.
 */
export function toChatMessages(
  request: Pick<AnthropicMessagesRequest, 'system' | 'messages'>,
): ChatMessage[] {
  const system =
    request.system === undefined
      ? ''
      : typeof request.system === 'string'
        ? request.system
        : request.system.map((b) => b.text).join('\n\n');
  const head: ChatMessage[] = system === '' ? [] : [{ role: 'system', content: system }];
  return [...head, ...request.messages.flatMap(toMessages)];
}
