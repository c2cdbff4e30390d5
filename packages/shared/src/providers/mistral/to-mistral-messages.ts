import type { ChatContentPart, ChatMessage } from '../../llm/chat-types.js';
import { toMistralToolCallId } from './to-mistral-tool-call-id.js';

export type MistralContentChunk =
  { type: 'text'; text: string } | { type: 'image_url'; image_url: string };

export type MistralMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | MistralContentChunk[] }
  | {
      role: 'assistant';
      content?: string;
      tool_calls?: {
        id: string;
        type: 'function';
        function: { name: string; arguments: string };
      }[];
    }
  | { role: 'tool'; content: string; tool_call_id: string; name?: string };

const textOf = (content: string | ChatContentPart[] | null): string =>
  typeof content === 'string'
    ? content
    : (content ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');

const toChunk = (part: ChatContentPart): MistralContentChunk =>
  part.type === 'text'
    ? { type: 'text', text: part.text }
    : { type: 'image_url', image_url: part.image_url.url };

/**
 * OpenAI messages as Mistral takes them: developer → system, text-only roles as strings, images
 * as `image_url` chunks, `name` dropped (Mistral refuses it), tool-call ids made Mistral-shaped,
 * and each tool result named after the call it answers.
 */
export function toMistralMessages(messages: readonly ChatMessage[]): MistralMessage[] {
  const callNames = new Map<string, string>();
  return messages.map((message): MistralMessage => {
    switch (message.role) {
      case 'system':
      case 'developer':
        return { role: 'system', content: textOf(message.content) };
      case 'user':
        return {
          role: 'user',
          content:
            typeof message.content === 'string' ? message.content : message.content.map(toChunk),
        };
      case 'assistant': {
        const calls = (message.tool_calls ?? []).map((call) => {
          callNames.set(call.id, call.function.name);
          return {
            id: toMistralToolCallId(call.id),
            type: 'function' as const,
            function: { name: call.function.name, arguments: call.function.arguments },
          };
        });
        const content = textOf(message.content);
        return {
          role: 'assistant',
          ...(content !== '' || calls.length === 0 ? { content } : {}),
          ...(calls.length > 0 ? { tool_calls: calls } : {}),
        };
      }
      case 'tool': {
        const name = callNames.get(message.tool_call_id);
        return {
          role: 'tool',
          content: textOf(message.content),
          tool_call_id: toMistralToolCallId(message.tool_call_id),
          ...(name !== undefined ? { name } : {}),
        };
      }
    }
  });
}
