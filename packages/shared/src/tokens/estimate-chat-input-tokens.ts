import type { ChatContentPart, ChatMessage, ChatRequest } from '../llm/chat-types.js';
import { countTextTokens } from './count-text-tokens.js';

// OpenAI's counting for gpt-4o-class chat models (its cookbook): each message costs 3 tokens of
// framing plus its role and content, a `name` 1 more plus the name, and the reply is primed with
// 3 (<|start|>assistant<|message|>). Images count OpenAI's figure for a ~1024 px image (85 base +
// 4 tiles × 170) or 85 at low detail, since the gateway neither fetches nor decodes them.
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const REPLY_PRIMING_TOKENS = 3;
const IMAGE_TOKENS = { low: 85, high: 765 } as const;

function partsText(content: string | ChatContentPart[] | null): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

function imageTokens(content: string | ChatContentPart[] | null): number {
  if (content === null || typeof content === 'string') return 0;
  return content.reduce(
    (sum, part) =>
      part.type === 'image_url'
        ? sum + (part.image_url.detail === 'low' ? IMAGE_TOKENS.low : IMAGE_TOKENS.high)
        : sum,
    0,
  );
}

// What the model reads of a message: its text, then each tool call as `name(arguments)`.
function messageText(message: ChatMessage): string {
  const text = partsText(message.content);
  if (message.role !== 'assistant' || message.tool_calls === undefined) return text;
  const calls = message.tool_calls.map((c) => `${c.function.name}(${c.function.arguments})`);
  return calls.length === 0 ? text : [...(text === '' ? [] : [text]), ...calls].join('\n');
}

function messageTokens(message: ChatMessage): number {
  const name = 'name' in message ? message.name : undefined;
  return (
    TOKENS_PER_MESSAGE +
    countTextTokens(message.role) +
    countTextTokens(messageText(message)) +
    imageTokens(message.content) +
    (name === undefined ? 0 : TOKENS_PER_NAME + countTextTokens(name))
  );
}

/**
 * Prompt tokens of a chat request as OpenAI would count them, for accounting when a vendor
 * reports no usage. Tool definitions are injected into the prompt; their JSON is a close estimate.
 */
export function estimateChatInputTokens(request: ChatRequest): number {
  const tools =
    request.tools === undefined || request.tools.length === 0
      ? 0
      : countTextTokens(JSON.stringify(request.tools));
  return request.messages.reduce(
    (sum, message) => sum + messageTokens(message),
    REPLY_PRIMING_TOKENS + tools,
  );
}
