import type { ChatMessage } from '../../llm/chat-types.js';
import { ProviderRequestError } from '../../llm/provider-adapter.js';
import { parseToolArguments } from '../../llm/parse-tool-arguments.js';
import type {
  AnthropicContentBlock,
  AnthropicMessageParam,
  AnthropicTextBlock,
} from './anthropic-request-types.js';
import { chatContentText } from '../../llm/chat-content-text.js';
import { toAnthropicContent } from './to-anthropic-content.js';

/**
 * Anthropic accepts tool ids matching `^[a-zA-Z0-9_-]+$` only; ids minted by other providers
 * (Gemini's carry a base64 thought signature) are made to fit, the same way for the tool_use
 * and its tool_result so the pair still matches.
 */
export const toAnthropicToolId = (id: string): string => id.replace(/[^a-zA-Z0-9_-]/g, '_') || '_';

type Turn = { role: 'user' | 'assistant'; blocks: AnthropicContentBlock[] };
type AssistantMessage = Extract<ChatMessage, { role: 'assistant' }>;

function assistantBlocks(message: AssistantMessage, index: number): AnthropicContentBlock[] {
  const blocks: AnthropicContentBlock[] = toAnthropicContent(message.content);
  (message.tool_calls ?? []).forEach((call, j) => {
    const input = parseToolArguments(call.function.arguments);
    if (input === undefined)
      throw new ProviderRequestError(
        'ANTHROPIC',
        'Tool call arguments must be a JSON object to be sent to this model.',
        `messages[${index}].tool_calls[${j}].function.arguments`,
      );
    blocks.push({
      type: 'tool_use',
      id: toAnthropicToolId(call.id),
      name: call.function.name,
      input,
    });
  });
  return blocks;
}

function toTurn(message: ChatMessage, index: number): Turn | undefined {
  switch (message.role) {
    case 'system':
    case 'developer':
      return undefined;
    case 'user':
      return { role: 'user', blocks: toAnthropicContent(message.content) };
    case 'assistant':
      return { role: 'assistant', blocks: assistantBlocks(message, index) };
    case 'tool':
      return {
        role: 'user',
        blocks: [
          {
            type: 'tool_result',
            tool_use_id: toAnthropicToolId(message.tool_call_id),
            content:
              typeof message.content === 'string'
                ? message.content
                : toAnthropicContent(message.content),
          },
        ],
      };
  }
}

// Anthropic wants tool_result blocks first in a user turn, before any text.
const toolResultsFirst = (blocks: AnthropicContentBlock[]): AnthropicContentBlock[] => [
  ...blocks.filter((b) => b.type === 'tool_result'),
  ...blocks.filter((b) => b.type !== 'tool_result'),
];

/**
 * OpenAI messages as Anthropic's `system` and `messages`: every system/developer message goes to
 * the top-level `system` (in order, wherever it appeared); tool messages become `tool_result`
 * blocks in a user turn; consecutive turns of one role are merged into one.
 */
export function toAnthropicMessages(messages: ChatMessage[]): {
  system: AnthropicTextBlock[];
  messages: AnthropicMessageParam[];
} {
  const system: AnthropicTextBlock[] = messages.flatMap((m): AnthropicTextBlock[] => {
    if (m.role !== 'system' && m.role !== 'developer') return [];
    const text = chatContentText(m.content);
    return text === '' ? [] : [{ type: 'text', text }];
  });
  const turns: Turn[] = [];
  messages.forEach((message, index) => {
    const turn = toTurn(message, index);
    if (turn === undefined || turn.blocks.length === 0) return;
    const last = turns[turns.length - 1];
    if (last !== undefined && last.role === turn.role) last.blocks.push(...turn.blocks);
    else turns.push(turn);
  });
  return {
    system,
    messages: turns.map((t) => ({
      role: t.role,
      content: t.role === 'user' ? toolResultsFirst(t.blocks) : t.blocks,
    })),
  };
}
